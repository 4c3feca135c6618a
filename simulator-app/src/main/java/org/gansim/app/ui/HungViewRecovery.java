package org.gansim.app.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gansim.api.Visualization;
import org.gansim.app.experiment.Experiment;
import org.gansim.app.experiment.ExperimentFiles;
import org.gansim.app.experiment.ExperimentSetup;
import org.gansim.app.session.SimulationSession;

/**
 * What GanSim does when a view never returns on the Swing thread ({@link SwingWatchdog}): the
 * training thread still answers, so the experiment is saved as it is, networks included, in
 * {@code ~/.gansim/recovered/}, and the window starts again in a new JVM ({@link WindowRestart})
 * with that experiment open and the view switched off, saying what happened. Files the user saved
 * are not touched. If the experiment cannot be kept, the new window starts fresh and says so.
 *
 * <p>Runs on the watchdog's thread.
 */
final class HungViewRecovery implements Consumer<SwingPluginCall.Call> {

    /**
     * What the window showed last, published by the Swing thread for this one to read.
     *
     * @param session     the running simulation
     * @param openViews   the views open, in order
     * @param hiddenViews the views the user switched off
     * @param name        the experiment's name in the title bar
     */
    record RecoveryPoint(SimulationSession session, List<Visualization> openViews, List<String> hiddenViews,
                         String name) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Supplier<RecoveryPoint> point;
    private final Path folder;
    private final WindowRestart.Restarter restarter;
    private final PrintStream err;
    private final String limit;

    /**
     * @param point     the window's last published state (null before the first)
     * @param folder    where kept experiments go
     * @param restarter what starts the window again
     * @param err       where the one-line report goes
     * @param limitText the time limit as the report says it, "10 s"
     */
    HungViewRecovery(Supplier<RecoveryPoint> point, Path folder, WindowRestart.Restarter restarter, PrintStream err,
                     String limitText) {
        this.point = point;
        this.folder = folder;
        this.restarter = restarter;
        this.err = err;
        this.limit = limitText;
    }

    /** The folder for kept experiments, {@code ~/.gansim/recovered}. */
    static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".gansim", "recovered");
    }

    @Override
    public void accept(SwingPluginCall.Call call) {
        String why = "did not finish " + call.what() + " within " + limit;
        String view = call.pluginId();
        err.println("GanSim: view '" + view + "' " + why + ", which froze the window; starting again without it.");
        Optional<Path> kept = keep(view);
        if (!WindowRestart.mayRestart()) {
            err.println("GanSim: views kept freezing the window, so GanSim stops here"
                    + kept.map(f -> "; the experiment is kept in " + f).orElse("") + ".");
            restarter.giveUp();
            return;
        }
        String note = "View '" + view + "' " + why + " and froze the window, so GanSim started again without it"
                + " (switched off until GanSim is closed). "
                + kept.map(f -> "The experiment is open where it was, kept in " + f + "; files saved before are"
                        + " as they were.")
                .orElse("The experiment could not be kept: this is a new one; files saved before are as they were.");
        restarter.restart(kept, view, why, note);
    }

    /** Saves the experiment without the view, or says why it cannot. */
    private Optional<Path> keep(String view) {
        RecoveryPoint at = point.get();
        if (at == null || at.session() == null) {
            return Optional.empty();
        }
        List<Visualization> views = at.openViews().stream().filter(v -> !v.id().equals(view)).toList();
        List<String> hidden = new ArrayList<>(at.hiddenViews());
        if (!hidden.contains(view)) {
            hidden.add(view);
        }
        try {
            Experiment experiment = at.session().inspect(sim -> ExperimentSetup.capture(at.name(), sim, views,
                    List.copyOf(hidden), true)).get(10, TimeUnit.SECONDS);
            Files.createDirectories(folder);
            Path file = folder.resolve(fileName(at.name()));
            ExperimentFiles.save(experiment, file);
            return Optional.of(file);
        } catch (IOException | RuntimeException | java.util.concurrent.ExecutionException
                 | java.util.concurrent.TimeoutException e) {
            err.println("GanSim: could not keep the experiment: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** "ring study-20261201-223015.json": the name, made safe for any file system, and the time. */
    static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9 ._-]", "_").strip();
        if (safe.isEmpty()) {
            safe = "experiment";
        }
        return safe + "-" + LocalDateTime.now().format(STAMP) + ".json";
    }
}
