package org.gansim.app.session;

/**
 * Keeps two playing sessions at the same step, so a class compares two runs at the same moment of
 * training.
 *
 * <p>While playing, the run that is ahead waits as soon as it leads by {@link #maxLead()} steps; the
 * slower one never waits. Waiting for the slower run (rather than stepping both from one thread)
 * keeps each session's own loop, frame rate and fault handling unchanged, and costs nothing when the
 * two variants are equally fast. A run that stops (a plugin fault) is no longer waited for, so the
 * other goes on alone.
 *
 * <p>{@link #pauseTogether()} stops both at the same step: the step the faster one has reached; the
 * slower one plays on until it gets there.
 *
 * <p>Thread-safe: the two training threads ask {@link StepPace#next}, the Swing thread plays and
 * pauses. One lock guards every field; it is held only for a few comparisons.
 */
public final class LockStep {

    private final int maxLead;
    /** Per side: the steps taken or about to be taken (a step is claimed before it runs). */
    private final long[] claimed = new long[2];
    /** Per side: whether it plays, so the other should wait for it. */
    private final boolean[] playing = new boolean[2];
    /** The step both stop at after {@link #pauseTogether()}; none while playing. */
    private long stopAt = Long.MAX_VALUE;

    /** @param maxLead how many steps one run may be ahead of the other while playing, at least 1 */
    public LockStep(int maxLead) {
        if (maxLead < 1) {
            throw new IllegalArgumentException("The lead between two runs must be at least 1 step, not " + maxLead);
        }
        this.maxLead = maxLead;
    }

    /** How many steps one run may be ahead of the other while playing. */
    public int maxLead() {
        return maxLead;
    }

    /** The pace of one side (0: left, 1: right), to give to that side's session. */
    public StepPace side(int side) {
        if (side != 0 && side != 1) {
            throw new IllegalArgumentException("A side is 0 (left) or 1 (right), not " + side);
        }
        return new StepPace() {
            @Override
            public Decision next(long stepsDone) {
                return decide(side, stepsDone);
            }

            @Override
            public void stopped() {
                synchronized (LockStep.this) {
                    playing[side] = false;
                }
            }
        };
    }

    /**
     * Call just before telling both sessions to play: from now on each waits for the other, and
     * neither stops before the next {@link #pauseTogether()}. Both sessions must have a run, or the
     * other would wait for a session that never steps.
     */
    public synchronized void playTogether() {
        stopAt = Long.MAX_VALUE;
        playing[0] = true;
        playing[1] = true;
    }

    /** Both stop at the step the faster one has reached (or is taking now). */
    public synchronized void pauseTogether() {
        stopAt = Math.max(claimed[0], claimed[1]);
    }

    private synchronized StepPace.Decision decide(int side, long stepsDone) {
        claimed[side] = stepsDone;
        playing[side] = true;
        if (stepsDone >= stopAt) {
            playing[side] = false;
            return StepPace.Decision.PAUSE;
        }
        int other = 1 - side;
        if (playing[other] && stepsDone - claimed[other] >= maxLead) {
            return StepPace.Decision.WAIT;
        }
        claimed[side] = stepsDone + 1;
        return StepPace.Decision.STEP;
    }
}
