package org.gansim.app.plugins;

import java.util.ServiceConfigurationError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            // the missing constructor is already said in words; its NoSuchMethodException adds nothing
            return cause == null || cause instanceof NoSuchMethodException ? message : message + ": " + describe(cause);
        }
        return describe(failure);
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

    /** "SimpleName: message", with the missing class spelled out for linkage errors. */
    static String describe(Throwable failure) {
        if (failure instanceof NoClassDefFoundError) {
            return "a class it needs is missing: " + String.valueOf(failure.getMessage()).replace('/', '.');
        }
        if (failure instanceof UnsupportedClassVersionError) {
            return newerJava(String.valueOf(failure.getMessage()));
        }
        if (failure instanceof ExceptionInInitializerError && failure.getCause() != null) {
            return "its static initialiser threw " + describe(failure.getCause());
        }
        String message = failure.getMessage();
        String type = failure.getClass().getSimpleName();
        return (message == null || message.isBlank() ? type : type + ": " + message) + where(failure);
    }

    /**
     * "built for Java 21; GanSim runs plugins built for Java 17 or older: set maven.compiler.release
     * to 17", from the JVM's "class file version 65.0 ... up to 61.0".
     */
    static String newerJava(String message) {
        Matcher m = CLASS_VERSION.matcher(message);
        if (!m.find()) {
            return "it was compiled for a newer Java than this one (" + message + ")";
        }
        int java = Integer.parseInt(m.group(2)) - 44;
        return m.group(1).replace('/', '.') + " was built for Java " + java + "; GanSim runs plugins built for Java 17 or older:"
                + " set maven.compiler.release to 17 (or javac --release 17) and build again";
    }

    /** The class name and the major version of its class file, in the JVM's message. */
    private static final Pattern CLASS_VERSION = Pattern.compile("(\\S+) has been compiled by a more recent version"
            + " of the Java Runtime \\(class file version (\\d+)");

    /**
     * " (at org.example.MyGan.<init>:12)": the first frame of the plugin's own code, so a student
     * finds the line; the JDK's and GanSim's frames are skipped. Empty when there is none.
     */
    static String where(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
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
