package org.gansim.app;

import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Gives a bare {@code java -jar gansim.jar} (or a double-click) the vector engine: the Vector API is
 * an incubating module that a JVM only loads when started with {@code --add-modules
 * jdk.incubator.vector}, and without it training is several times slower. When the module is
 * missing from the running JVM but present in its runtime, the program starts itself again: the
 * same JVM binary, the same JVM options (as the JVM reports them), the same class path, main class
 * and arguments, the same working directory, standard streams handed over unchanged, and the child's
 * exit status passed on. The child is marked, so it never starts another one.
 *
 * <p>If the child cannot be started the program goes on here, on the plain engine. Main thread only.
 */
final class VectorModuleRelaunch {

    /** Set in the relaunched child, as an environment variable and (holding the starter's pid) a system property. */
    static final String MARKER = "GANSIM_RELAUNCHED";
    private static final String MARKER_PROPERTY = "gansim.relaunched";
    private static final String MODULE = "jdk.incubator.vector";

    private VectorModuleRelaunch() {
    }

    /**
     * Runs the program again in a JVM with the Vector API module, if this one lacks it and may
     * relaunch.
     *
     * @return the child's exit status, or empty when the program should go on in this JVM
     */
    static OptionalInt runIfNeeded(Class<?> mainClass, String[] args) {
        if (!shouldRelaunch()) {
            return OptionalInt.empty();
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(command(mainClass, args)).inheritIO()
                    .directory(Path.of("").toAbsolutePath().toFile());
            builder.environment().put(MARKER, "1");
            // Its options are already among this JVM's input arguments; read twice they would repeat.
            builder.environment().remove("JDK_JAVA_OPTIONS");
            Process child = builder.start();
            // A SIGTERM or Ctrl-C that stops this JVM stops the child too, and waits for its clean-up
            // (on a terminal, Ctrl-C reaches both; a plain kill reaches only this one).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "gansim-relaunch-stop"));
            return OptionalInt.of(child.waitFor());
        } catch (Exception | LinkageError e) {
            // IOException (no binary), SecurityException, UnsupportedOperationException: plain engine here.
            return OptionalInt.empty();
        }
    }

    /**
     * In a relaunched child: stops when the program that started it is gone (killed with SIGKILL,
     * say, which runs none of its clean-up), so that no orphan keeps training. A normal stop runs
     * the shutdown hooks, which leave no half-written file.
     */
    static void followParentIfRelaunched() {
        String starter = System.getProperty(MARKER_PROPERTY);
        if (System.getenv(MARKER) == null || starter == null) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(starter);
        } catch (NumberFormatException e) {
            return;
        }
        // By pid, not parent(): a starter killed before this line would have left another parent.
        ProcessHandle.of(pid).ifPresentOrElse(parent -> parent.onExit().thenRun(() -> System.exit(143)),
                () -> System.exit(143));
    }

    private static boolean shouldRelaunch() {
        return ModuleLayer.boot().findModule(MODULE).isEmpty()
                && ModuleFinder.ofSystem().find(MODULE).isPresent()
                && System.getenv(MARKER) == null
                && System.getProperty(MARKER_PROPERTY) == null
                && !"plain".equals(System.getProperty("gansim.kernel"));
    }

    /** The child's command line: the same binary and JVM options, plus the module and the marker. */
    static List<String> command(Class<?> mainClass, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.add("--add-modules=" + MODULE);
        command.add("-D" + MARKER_PROPERTY + "=" + ProcessHandle.current().pid());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** The binary that runs this JVM (javaw on a Windows double-click), else java in java.home. */
    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            child.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
