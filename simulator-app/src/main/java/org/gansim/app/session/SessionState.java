package org.gansim.app.session;

import java.util.List;
import java.util.Optional;
import org.gansim.api.Snapshot;
import org.gansim.api.training.TrainingSettings;
import org.gansim.api.ViewContext;

/**
 * What the window shows of a simulation at one moment: the latest snapshot, the settings the user
 * chose, whether it is playing, what waits for a reset, and the last problem.
 *
 * <p>Immutable; published by the worker, read on the Swing thread.
 *
 * @param snapshot     the picture of training; empty when the run could not be built
 * @param context      what views need to know; empty when the run could not be built
 * @param settings     the settings the user chose, including values that wait for a reset
 * @param seed         the seed of the run
 * @param generation   raised whenever the run is rebuilt or its view context changes, so the
 *                     window knows to rebuild its views
 * @param running      whether training is playing
 * @param speedLimit   the most steps per second it plays at, 0 for as fast as the machine allows
 * @param pendingReset namespaced keys whose new values take effect only after a reset
 * @param problem      a one-sentence message when the last command or step failed (a plugin fault,
 *                     a rejected value); empty when all is well
 */
public record SessionState(Optional<Snapshot> snapshot, Optional<ViewContext> context, TrainingSettings settings,
                           long seed, long generation, boolean running, double speedLimit,
                           List<String> pendingReset, Optional<String> problem) {

    public SessionState {
        pendingReset = List.copyOf(pendingReset);
    }

    /** Generator steps taken, 0 when there is no run. */
    public long step() {
        return snapshot.map(Snapshot::step).orElse(0L);
    }

    /** Whether some chosen values wait for a reset. */
    public boolean resetNeeded() {
        return !pendingReset.isEmpty();
    }
}
