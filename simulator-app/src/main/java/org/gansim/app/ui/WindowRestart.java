package org.gansim.app.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Starts GanSim's window again in a new JVM, without a view that froze this one: the same Java
 * binary, JVM options, class path and plugin folders, the kept experiment as the file to open, and
 * system properties that tell the new window which views to switch off and what to say. Then this JVM
 * ends at once: its Swing thread is stuck, so nothing here could close the window in an orderly way.
 *
 * <p>At most {@value #MOST_RESTARTS} restarts in a row, so that views that keep hanging cannot make
 * GanSim start over and over.
 */
final class WindowRestart {

    /** Views switched off since the first start, comma-separated ids. */
    static final String VIEWS_OFF = "gansim.recovery.viewsOff";
    /** Why the last of them was switched off, for the plugin table: "did not finish painting within 10 s". */
    static final String WHY = "gansim.recovery.why";
    /** The sentence the new window shows. */
    static final String NOTE = "gansim.recovery.note";
    /** How many restarts led to this JVM. */
    static final String COUNT = "gansim.recovery.count";
    static final int MOST_RESTARTS = 3;
    private static final String MAIN_CLASS = "org.gansim.app.Main";

    /** What restarts the window; tests give their own. */
    interface Restarter {
        /**
         * Starts the new window and ends this JVM (a test's restarter returns).
         *
         * @param experiment the experiment the new window opens, if it could be kept
         * @param view       the id of the view to switch off
         * @param why        why, as the plugin table says it
         * @param note       what the new window tells the user
         */
        void restart(Optional<Path> experiment, String view, String why, String note);

        /** Ends this JVM without starting another (a test's restarter returns). */
        void giveUp();
    }

    private final List<String> windowArguments;

    /**
     * @param windowArguments the command-line arguments that chose the plugins ({@code --plugin-dir
     *                        DIR}, {@code --submissions DIR}), without an experiment file
     */
    WindowRestart(List<String> windowArguments) {
        this.windowArguments = List.copyOf(windowArguments);
    }

    /** Whether this JVM may start another one (fewer than {@value #MOST_RESTARTS} restarts so far). */
    static boolean mayRestart() {
        return restartsSoFar() < MOST_RESTARTS;
    }

    /** The ids of views an earlier restart switched off. */
    static Set<String> viewsOff() {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : System.getProperty(VIEWS_OFF, "").split(",")) {
            if (!id.isBlank()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Why a view is switched off, as the plugin table says it: the last restart's reason for the view
     * it switched off, a shorter one for views an earlier restart switched off.
     */
    static String whySwitchedOff(String view) {
        List<String> off = List.copyOf(viewsOff());
        boolean last = !off.isEmpty() && off.get(off.size() - 1).equals(view);
        String why = last ? System.getProperty(WHY, "froze the window") : "froze the window earlier";
        return why + "; switched off until GanSim is closed";
    }

    /** The restarter of the real app: a new JVM, then this one halts. */
    Restarter inNewJvm() {
        return new Restarter() {
            @Override
            public void restart(Optional<Path> experiment, String view, String why, String note) {
                try {
                    ProcessBuilder builder = new ProcessBuilder(command(experiment, view, why, note)).inheritIO()
                            .directory(Path.of("").toAbsolutePath().toFile());
                    // Not a child that follows a launcher: the new window must outlive this JVM.
                    builder.environment().remove("GANSIM_RELAUNCHED");
                    builder.environment().remove("JDK_JAVA_OPTIONS"); // already among the JVM options read below
                    builder.start();
                } catch (IOException | RuntimeException e) {
                    System.err.println("GanSim: could not start again (" + e.getMessage() + "); start it yourself"
                            + experiment.map(f -> " and open " + f).orElse("") + ".");
                }
                halt(0);
            }

            @Override
            public void giveUp() {
                halt(1);
            }
        };
    }

    /** Ends this JVM now: shutdown hooks would wait for the stuck Swing thread. */
    private static void halt(int status) {
        System.err.flush();
        System.out.flush();
        Runtime.getRuntime().halt(status);
    }

    /** The new JVM's command line. */
    List<String> command(Optional<Path> experiment, String view, String why, String note) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!belongsToThisStart(option)) {
                command.add(option);
            }
        }
        Set<String> off = viewsOff();
        off.add(view);
        command.add("-D" + VIEWS_OFF + "=" + String.join(",", off));
        command.add("-D" + WHY + "=" + why);
        command.add("-D" + NOTE + "=" + note);
        command.add("-D" + COUNT + "=" + (restartsSoFar() + 1));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN_CLASS);
        command.addAll(windowArguments);
        experiment.ifPresent(file -> command.add(file.toString()));
        return command;
    }

    /**
     * Options that only made sense for this JVM: the last restart's properties, the launcher's mark
     * (the new window follows no launcher) and the writing of a start-up archive, which is the
     * launcher's to finish.
     */
    private static boolean belongsToThisStart(String option) {
        return option.startsWith("-Dgansim.recovery.") || option.startsWith("-Dgansim.relaunched=")
                || option.startsWith("-Dgansim.startupArchive.") || option.startsWith("-XX:ArchiveClassesAtExit");
    }

    private static int restartsSoFar() {
        try {
            return Integer.parseInt(System.getProperty(COUNT, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
