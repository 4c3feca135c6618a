package org.gansim.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gansim.api.Visualization;
import org.gansim.app.experiment.Experiment;
import org.gansim.app.experiment.ExperimentFiles;
import org.gansim.app.experiment.ExperimentSetup;
import org.gansim.app.session.SimulationSession;

/**
 * Saves the two runs of a compare window as two ordinary experiment files side by side: for the name
 * {@code ring.json}, {@code ring-left.json} and {@code ring-right.json}. Each opens in the main
 * window (File → Open) like any experiment, networks and views' own settings included, and
 * continues where it was saved.
 * There is no file for the pair: the experiment format describes one run.
 *
 * <p>Each file is written atomically. The pair is not: when the right file cannot be written after
 * the left was, the message says so, and the right file keeps what it held.
 *
 * <p>Swing thread; it waits (at most {@link #WAIT_SECONDS} s per side) for each run to be read on
 * its training thread between two steps.
 */
final class ComparisonFiles {

    static final String[] SIDES = {"left", "right"};
    private static final int WAIT_SECONDS = 10;

    private ComparisonFiles() {
    }

    /**
     * The file of one side for the name chosen: {@code ring.json} gives {@code ring-left.json}. A
     * name that already ends with a side ({@code ring-left.json}) names the same pair.
     */
    static Path sideFile(Path chosen, String side) {
        String base = chosen.getFileName().toString().replaceFirst("(?i)\\.json$", "")
                .replaceFirst("-(left|right)$", "");
        return chosen.resolveSibling(base + "-" + side + ".json");
    }

    /**
     * One side to save.
     *
     * @param session      its run
     * @param viewSettings its views' own settings (layers shown, points drawn) by view id
     */
    record Side(SimulationSession session, Map<String, Map<String, String>> viewSettings) {
    }

    /**
     * Saves both runs as they are between two steps, networks included.
     *
     * @param sides the left and the right side
     * @param views the views the window shows, recorded as open
     * @param all   every installed view: those not shown are recorded as switched off
     * @return the sentence to show once both are saved
     * @throws IOException with one sentence naming the file and the side when a run cannot be saved
     */
    static String save(Path chosen, List<Side> sides, List<Visualization> views, List<Visualization> all)
            throws IOException, InterruptedException {
        List<String> hidden = all.stream().filter(v -> !views.contains(v)).map(Visualization::id).toList();
        Experiment[] experiments = new Experiment[SIDES.length];
        for (int i = 0; i < SIDES.length; i++) {
            String name = sideFile(chosen, SIDES[i]).getFileName().toString().replaceFirst("\\.json$", "");
            experiments[i] = capture(sides.get(i).session(), name, views, hidden, SIDES[i])
                    .withViewSettings(sides.get(i).viewSettings());
        }
        for (int i = 0; i < SIDES.length; i++) {
            Path file = sideFile(chosen, SIDES[i]);
            try {
                ExperimentFiles.save(experiments[i], file);
            } catch (IOException e) {
                String saved = i == 0 ? "" : " The left run was saved in " + sideFile(chosen, SIDES[0]).getFileName()
                        + ".";
                throw new IOException("The " + SIDES[i] + " run was not saved: " + e.getMessage() + saved, e);
            }
        }
        long left = experiments[0].steps();
        long right = experiments[1].steps();
        return "Saved " + sideFile(chosen, SIDES[0]).getFileName() + " and " + sideFile(chosen, SIDES[1]).getFileName()
                + (left == right ? " at step " + left : " at steps " + left + " and " + right) + ".";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static Experiment capture(SimulationSession session, String name, List<Visualization> views,
                                      List<String> hidden, String side) throws IOException, InterruptedException {
        try {
            return session.inspect(sim -> ExperimentSetup.capture(name, sim, views, hidden, true))
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            String reason = e.getCause() == null || e.getCause().getMessage() == null ? "it could not be read"
                    : e.getCause().getMessage().replaceFirst("\\.$", "");
            throw new IOException("The " + side + " run cannot be saved: " + lowerFirst(reason) + ".", e);
        } catch (TimeoutException e) {
            throw new IOException("The " + side + " run cannot be saved: its training thread did not answer within "
                    + WAIT_SECONDS + " s (a plugin stuck in a call).", e);
        }
    }
}
