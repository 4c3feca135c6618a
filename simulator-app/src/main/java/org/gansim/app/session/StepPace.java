package org.gansim.app.session;

/**
 * Decides, while a session plays, whether it takes its next step now. A session on its own always
 * steps ({@link #FREE}); two sessions shown side by side share a {@link LockStep}, so neither runs
 * ahead of the other.
 *
 * <p>Called on the session's training thread.
 */
public interface StepPace {

    /** What a playing session does next. */
    enum Decision {
        /** Take the step. */
        STEP,
        /** Not yet: listen for commands a moment, then ask again. */
        WAIT,
        /** Stop playing here, at this step. */
        PAUSE
    }

    /** Every step at once: a session on its own. */
    StepPace FREE = new StepPace() {
        @Override
        public Decision next(long stepsDone) {
            return Decision.STEP;
        }

        @Override
        public void stopped() {
        }
    };

    /**
     * Asked before each step while playing.
     *
     * @param stepsDone the generator steps the session has taken so far
     */
    Decision next(long stepsDone);

    /** The session stopped playing (paused, stepped by hand, rebuilt or failed): nobody should wait for it. */
    void stopped();
}
