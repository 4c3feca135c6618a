package org.gansim.app.plugins;

import java.util.ServiceConfigurationError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gansim.api.training.Faults;

/**
 * Turns what a faulty plugin threw into one readable sentence for the plugin table.
 *
 * <p>Stateless; any thread.
 */
final class FaultMessages {

    private FaultMessages() {
    }

    /**
     * Describes a failure to find or create a provider.
     *
     * @param service the service interface being loaded, whose name {@link java.util.ServiceLoader}
     *                puts in front of its messages
     * @param failure what was thrown; never null
     */
    static String describe(Class<?> service, Throwable failure) {
        if (failure instanceof ServiceConfigurationError) {
            String message = explain(service, strip(String.valueOf(failure.getMessage()), service.getName() + ": "));
            Throwable cause = failure.getCause();
            if (cause != null && Faults.builtForOldApi(cause)) {
                return Faults.describe(cause); // the whole story in one sentence: rebuild the plugin
            }
            // the missing constructor is already said in words; its NoSuchMethodException adds nothing
            return cause == null || cause instanceof NoSuchMethodException ? message
                    : message + ": " + Faults.describe(cause) + where(cause);
        }
        return Faults.describe(failure) + where(failure);
    }

    /**
     * " (at org.example.MyGan.<init>:12)": the first frame of the plugin's own code above the host's
     * call, so a student finds the line (for a failing static initialiser, the line in it). Empty
     * when the fault was raised by the JDK or GanSim itself (an unreadable jar).
     */
    static String where(Throwable failure) {
        Throwable cause = Faults.unwrap(failure);
        if (cause instanceof ExceptionInInitializerError && cause.getCause() != null) {
            cause = cause.getCause();
        }
        for (StackTraceElement frame : cause.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.gansim.")) {
                return ""; // reached the host's own call: the fault was not in the plugin's code
            }
            if (!type.startsWith("java.") && !type.startsWith("javax.") && !type.startsWith("jdk.")
                    && !type.startsWith("sun.") && !type.startsWith("com.sun.")) {
                return " (at " + type + "." + frame.getMethodName()
                        + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "") + ")";
            }
        }
        return "";
    }

    /**
     * Rewrites {@link java.util.ServiceLoader}'s terse messages ("Provider x not found", "x not a
     * subtype") as sentences a student can act on; any other message is kept as it is.
     */
    private static String explain(Class<?> service, String message) {
        String file = "META-INF/services/" + service.getName();
        Matcher m;
        if ((m = NOT_FOUND.matcher(message)).matches()) {
            return "class " + m.group(1) + " is listed in " + file + " but cannot be found";
        }
        if ((m = NOT_SUBTYPE.matcher(message)).matches()) {
            return "class " + m.group(1) + " is listed in " + file + " but does not implement " + service.getName();
        }
        if ((m = NOT_CREATED.matcher(message)).matches()) {
            return m.group(1) + " could not be created";
        }
        if ((m = NO_CONSTRUCTOR.matcher(message)).matches()) {
            return m.group(1) + " has no public constructor without arguments";
        }
        return message;
    }

    private static final Pattern NOT_FOUND = Pattern.compile("Provider (\\S+) not found");
    private static final Pattern NOT_SUBTYPE = Pattern.compile("(\\S+) not a subtype");
    private static final Pattern NOT_CREATED = Pattern.compile("Provider (\\S+) could not be instantiated");
    private static final Pattern NO_CONSTRUCTOR = Pattern.compile("(\\S+) Unable to get public no-arg constructor");

    /** Rethrows the errors no plugin row can stand for: the JVM itself is in trouble. */
    static void rethrowIfFatal(Throwable failure) {
        if (failure instanceof VirtualMachineError fatal && !(failure instanceof StackOverflowError)) {
            throw fatal;
        }
    }

    private static String strip(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
