package org.gansim.api.training;

import java.lang.reflect.InvocationTargetException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gansim.api.ApiVersion;

/**
 * What a plugin threw, in words a student can act on: the one place the host (the plugin loader, the
 * training guards, the views' container) and the contract kit turn an exception into text.
 *
 * <p>Stateless; any thread.
 *
 * @since 2
 */
public final class Faults {

    /** Where the classes a version-1 plugin links against lived before version 2 moved them. */
    private static final Set<String> MOVED_IN_VERSION_2 = Set.of(
            "org.gansim.api.training.Batch", "org.gansim.api.training.FrozenGan", "org.gansim.api.training.Gan",
            "org.gansim.api.training.GanSetup", "org.gansim.api.training.History",
            "org.gansim.api.training.LatentPrior", "org.gansim.api.training.Snapshot",
            "org.gansim.api.training.StepReport", "org.gansim.api.metrics.CoverageRun");
    private static final String[] PACKAGES_GONE_IN_VERSION_2 = {"org.gansim.api.view.", "org.gansim.api.variant."};

    private Faults() {
    }

    /**
     * One line for a failure: {@code "IllegalStateException: its message's first line"}, or the
     * class name alone when there is no message. A class missing at link time, a class file for a newer
     * Java and a failing static initialiser are said in words; a class missing because the plugin was
     * built against plugin API version 1 says so. Reflective and cross-thread wrappers are looked through.
     *
     * @param failure what was thrown; never null
     * @return one line; never null
     */
    public static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof NoClassDefFoundError) {
            String missing = String.valueOf(cause.getMessage()).replace('/', '.');
            return builtForOldApi(cause) ? versionOne("; it looked for " + missing)
                    : "a class it needs is missing: " + missing;
        }
        if (cause instanceof UnsupportedClassVersionError) {
            return newerJava(String.valueOf(cause.getMessage()));
        }
        if (cause instanceof ExceptionInInitializerError && cause.getCause() != null) {
            return "its static initialiser threw " + describe(cause.getCause());
        }
        String message = cause.getMessage();
        String type = cause.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message.strip().lines().findFirst().orElse("");
    }

    /** Training steps, counted from 1, within which a NaN or infinite value gets {@link #nonFinite}'s early advice. */
    public static final int FIRST_STEPS = 10;

    /**
     * What to do about a NaN or infinite value that came out of training step {@code step}: the one
     * place the host's guards (headless runs, the window's pause message) and the contract kit say it.
     * In the first {@value #FIRST_STEPS} steps the weights have hardly moved, so a too-large learning
     * rate is rarely the cause; a log of zero or of a negative number (log(0) is -infinity, and 0 times
     * that is NaN) or a division by zero in the loss nearly always is. Later on it is divergence.
     *
     * @param step the training step the value came from, counted from 1; 0 or less when not known
     * @return the advice, to follow "reported g_loss=NaN ...: "
     * @since 2 (added so that a student whose loss is NaN from the start fixes the loss, not the rate)
     */
    public static String nonFinite(long step) {
        if (step < 1 || step > FIRST_STEPS) {
            return "training diverged (try a smaller learning rate)";
        }
        // Short enough to fit the window's status line after "Plugin 'id' reported g_loss=NaN ...".
        return "at step " + step + " that is rarely the learning rate: look first for a log of 0 or less, or a division by 0,"
                + " in the loss";
    }

    /**
     * "demo.MyGan was built for Java 21; GanSim runs plugins built for Java 17 or older: set
     * maven.compiler.release to 17 ...", from the JVM's "class file version 65.0 ... up to 61.0".
     */
    private static String newerJava(String message) {
        Matcher m = CLASS_VERSION.matcher(message);
        if (!m.find()) {
            return "it was compiled for a newer Java than this one (" + message + ")";
        }
        int java = Integer.parseInt(m.group(2)) - 44; // class file 61 is Java 17
        return m.group(1).replace('/', '.') + " was built for Java " + java + "; GanSim runs plugins built for"
                + " Java 17 or older: set maven.compiler.release to 17 (or javac --release 17) and build again";
    }

    private static final Pattern CLASS_VERSION = Pattern.compile("(\\S+) has been compiled by a more recent version"
            + " of the Java Runtime \\(class file version (\\d+)");

    /**
     * Where the plugin's own code threw: {@code " (at demo.MyView.show:12)"} for the first frame
     * outside the JDK and this API (a shape error raised inside the engine points at the plugin's
     * call; a failing static initialiser at its line), or {@code ""} when there is none before the
     * host's own code, as for an unreadable jar.
     *
     * @param failure what was thrown; never null
     */
    public static String place(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ExceptionInInitializerError && cause.getCause() != null) {
            cause = cause.getCause();
        }
        for (StackTraceElement frame : cause.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")
                    || type.startsWith("sun.") || type.startsWith("com.sun.") || type.startsWith("org.gansim.api.")) {
                continue;
            }
            if (type.startsWith("org.gansim.app.")) {
                return ""; // reached the host's own call: the fault was not in the plugin's code
            }
            return " (at " + type + "." + frame.getMethodName()
                    + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "") + ")";
        }
        return "";
    }

    /**
     * Why a plugin that reports {@code version} from {@code apiVersion()} is refused.
     *
     * @param version a version {@link ApiVersion#isSupported} refuses
     * @return one sentence that says what to do
     */
    public static String unsupportedVersion(int version) {
        if (version == 1 && ApiVersion.OLDEST_SUPPORTED == 2) {
            return versionOne("");
        }
        return "built for plugin API version " + version + ", but this GanSim runs plugins built for API version "
                + ApiVersion.supportedRange();
    }

    /** The exception a reflective call or another thread wrapped. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof InvocationTargetException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * Whether a failure to load a plugin comes from its being built against an older plugin API (a
     * class it links against has moved), so that {@link #describe} says to rebuild it.
     */
    public static boolean builtForOldApi(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof NoClassDefFoundError
                && movedInVersion2(String.valueOf(cause.getMessage()).replace('/', '.'));
    }

    private static String versionOne(String detail) {
        return "built for plugin API version 1 (its classes were moved in version 2" + detail
                + "): rebuild it against simulator-api " + ApiVersion.CURRENT;
    }

    private static boolean movedInVersion2(String className) {
        if (MOVED_IN_VERSION_2.contains(className)) {
            return true;
        }
        for (String gone : PACKAGES_GONE_IN_VERSION_2) {
            if (className.startsWith(gone)) {
                return true;
            }
        }
        return false;
    }
}
