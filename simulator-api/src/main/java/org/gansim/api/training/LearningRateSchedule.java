package org.gansim.api.training;

import java.util.List;

/**
 * How the learning rates change as training goes on: the factor that the training loop multiplies
 * every optimizer's learning rate by at a given step. The learning rates the user sets (such as
 * {@code variant.lr_d}) are the rates at step 0; the schedule scales them from there.
 *
 * <p>A large step size finds the modes fast but keeps the generator's samples jittering around
 * them; a smaller one late in training lets them settle, so samples get sharper. A decay gives
 * both: large steps early, small ones late.
 *
 * <ul>
 *   <li>{@code constant}: the factor is always 1 (training as without a schedule);</li>
 *   <li>{@code linear}: from 1 at step 0 down in a straight line to {@code floor} at step
 *       {@code decaySteps}, then {@code floor};</li>
 *   <li>{@code cosine}: from 1 to {@code floor} along half a cosine wave (slow at first, fastest
 *       midway, slow again near the floor), then {@code floor}.</li>
 * </ul>
 *
 * <p>The factor depends on the step alone, so a run with a schedule is as reproducible as one
 * without. Immutable; any thread.
 *
 * @param kind       {@link #CONSTANT}, {@link #LINEAR} or {@link #COSINE}
 * @param decaySteps the generator step at which the factor reaches the floor, at least 1
 * @param floor      the factor from then on, in [0, 1]
 * @since 2
 */
public record LearningRateSchedule(String kind, int decaySteps, double floor) {

    public static final String CONSTANT = "constant";
    public static final String LINEAR = "linear";
    public static final String COSINE = "cosine";
    /** The kinds on offer, as written in {@code train.lr_schedule}. */
    public static final List<String> KINDS = List.of(CONSTANT, LINEAR, COSINE);

    /** No schedule: every learning rate stays as set. */
    public static final LearningRateSchedule NONE = new LearningRateSchedule(CONSTANT, 1, 1);

    /**
     * @throws IllegalArgumentException one sentence naming the bad value and the valid range
     */
    public LearningRateSchedule {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("A learning-rate schedule must be one of " + String.join(", ", KINDS)
                    + ", got '" + kind + "'");
        }
        if (decaySteps < 1) {
            throw new IllegalArgumentException("A learning-rate schedule's decay steps must be at least 1, got "
                    + decaySteps);
        }
        if (!(floor >= 0 && floor <= 1)) {
            throw new IllegalArgumentException("A learning-rate schedule's floor must be between 0 and 1, got "
                    + floor);
        }
    }

    /**
     * The factor for the generator step that follows {@code stepsDone} completed ones (the discriminator
     * steps before it share it): 1 for the first step of every schedule.
     *
     * @param stepsDone generator steps completed so far, 0 or more
     */
    public double factor(long stepsDone) {
        if (kind.equals(CONSTANT)) {
            return 1;
        }
        if (stepsDone >= decaySteps) {
            return floor;
        }
        // How far along the way down, 0 to 1; written so that step 0 gives exactly 1, the rate as set.
        double progress = stepsDone / (double) decaySteps;
        double down = kind.equals(LINEAR) ? progress : (1 - Math.cos(Math.PI * progress)) / 2;
        return 1 - (1 - floor) * down;
    }
}
