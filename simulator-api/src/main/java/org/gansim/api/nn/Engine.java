package org.gansim.api.nn;

/**
 * Which implementation of the heavy numeric loops ({@link Backend}) this JVM runs, for the one line
 * a program prints at start-up. Every engine gives the same bits; only the speed differs. The choice itself is made once per JVM, on first use of any tensor.
 *
 * <p>Any thread.
 *
 * @since 2 (added so that the entry point can say which engine runs without reaching into the
 *        engine's internals)
 */
public final class Engine {

    private Engine() {
    }

    /** Whether the running JVM has the Vector API module ({@code jdk.incubator.vector}). */
    public static boolean vectorModulePresent() {
        return Kernels.vectorModulePresent();
    }

    /** Whether the vectorised kernels are in use (otherwise plain loops). */
    public static boolean vectorised() {
        return Kernels.vectorised();
    }

    /** One short sentence naming the engine in use, e.g. for standard error at start-up. */
    public static String describe() {
        if (vectorised()) {
            return "vector engine (jdk.incubator.vector, " + Kernels.BACKEND.detail() + ")";
        }
        if ("plain".equals(System.getProperty("gansim.kernel"))) {
            return "plain engine (textbook loops, chosen by -Dgansim.kernel=plain)";
        }
        String loops = "blocked".equals(Kernels.BACKEND.name()) ? "blocked loops" : "textbook loops";
        if (!vectorModulePresent()) {
            return "plain engine (" + loops + "; no jdk.incubator.vector module in this JVM, about 3-4 times slower)";
        }
        return "plain engine (" + loops + "; this CPU's vectors are narrower than 256 bits)";
    }
}
