package org.gansim.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Gives a bare {@code java -jar gansim.jar} (or a double-click) the vector engine: the Vector API is
 * an incubating module that a JVM only loads when started with {@code --add-modules
 * jdk.incubator.vector}, and without it training is several times slower. When the module is
 * missing from the running JVM but present in its runtime, the program starts itself again: the
 * same JVM binary, the same JVM options (as the JVM reports them), the same class path, main class
 * and arguments, the same working directory, standard streams handed over unchanged, and the child's
 * exit status passed on. The child is marked, so it never starts another one. The window's child
 * also gets the start-up archive of its classes ({@link StartupArchive}).
 *
 * <p>If the child cannot be started the program goes on here, on the plain engine. Main thread only.
 */
final class VectorModuleRelaunch {

    /** Set in the relaunched child, as an environment variable and (holding the starter's pid) a system property. */
    static final String MARKER = "GANSIM_RELAUNCHED";
    private static final String MARKER_PROPERTY = "gansim.relaunched";
    private static final String MODULE = "jdk.incubator.vector";
    /** A window JVM that ends with an error sooner than this after its start is taken as one that could not start. */
    private static final long FAILED_START_NANOS = TimeUnit.SECONDS.toNanos(5);

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
        long pid = ProcessHandle.current().pid();
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        // The window (no arguments) starts from an archive of its classes; a command loads others.
        Optional<StartupArchive> archive = args.length == 0
                ? StartupArchive.forWindow(System.getProperty("java.class.path"), jvmOptions)
                : Optional.empty();
        try {
            if (archive.isPresent()) {
                long started = System.nanoTime();
                List<String> windowOptions = new ArrayList<>(archive.get().jvmOptions(pid));
                windowOptions.addAll(WindowJvm.options(jvmOptions));
                int status = runChild(command(mainClass, args, windowOptions));
                archive.get().finish(pid, status);
                boolean failedToStart = (status == 1 || status == 134) // JVM start-up error, JVM crash
                        && System.nanoTime() - started < FAILED_START_NANOS;
                if (!failedToStart) {
                    return OptionalInt.of(status);
                }
                // Perhaps the archive, or the JVM refused to write one: the window opens without it,
                // and the archive is deleted.
                archive.get().discard();
            }
            return OptionalInt.of(runChild(command(mainClass, args,
                    args.length == 0 ? WindowJvm.options(jvmOptions) : WindowJvm.memoryOptions(jvmOptions))));
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

    /** Starts the child with this command line, hands over the streams and waits for its exit status. */
    private static int runChild(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO()
                .directory(Path.of("").toAbsolutePath().toFile());
        builder.environment().put(MARKER, "1");
        // Its options are already among this JVM's input arguments; read twice they would repeat.
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process child = builder.start();
        // A SIGTERM or Ctrl-C that stops this JVM stops the child too, and waits for its clean-up
        // (on a terminal, Ctrl-C reaches both; a plain kill reaches only this one).
        Thread stopper = new Thread(() -> stop(child), "gansim-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        int status = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it finds the child gone
        }
        return status;
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
        return command(mainClass, args, List.of());
    }

    /** The same, with options for the window's start ({@link StartupArchive}) before the user's own. */
    static List<String> command(Class<?> mainClass, String[] args, List<String> archiveOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.add("--add-modules=" + MODULE);
        command.add("-D" + MARKER_PROPERTY + "=" + ProcessHandle.current().pid());
        command.addAll(archiveOptions);
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
