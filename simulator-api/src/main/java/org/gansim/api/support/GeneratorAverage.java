package org.gansim.api.support;

import org.gansim.api.nn.Mlp;

/**
 * An exponential moving average of the generator's weights (Yazıcı et al. 2019, "The Unusual
 * Effectiveness of Averaging in GAN Training"): after each generator step,
 * {@code average = beta * average + (1 - beta) * live}. The average is what the views show and the
 * metrics score; training never reads it, so the live networks are exactly those of a run without it.
 *
 * <p>The last iterate of a GAN circles around the equilibrium; its average sits nearer the centre, so
 * its samples are sharper and steadier. GanSim adds one thing to the paper's formula: a warm-up,
 * {@code beta_t = min(beta, (1 + t) / (10 + t))} after t updates (as TensorFlow's
 * {@code ExponentialMovingAverage} does with {@code num_updates}), so that a short classroom run is not
 * dominated by the random weights it started from.
 *
 * <p>The update is written as a step towards the live weights, {@code average -= (1 - beta) *
 * (average - live)}: the same as the formula above, and what one plain gradient-descent step on
 * {@code 1/2 |average - live|^2} with learning rate {@code 1 - beta} does (its gradient is {@code
 * average - live}). Done in place, it costs the training step no new arrays. Used by the training
 * thread only.
 *
 * @since 2
 */
public final class GeneratorAverage {

    private final Mlp live;
    private final Mlp average;
    private long updates;

    /**
     * @param live the generator being trained; the average starts as a copy of it
     */
    public GeneratorAverage(Mlp live) {
        this.live = live;
        this.average = live.copy();
    }

    /**
     * Moves the average towards the live weights.
     *
     * @param beta the decay in [0, 1): 0 copies the live weights, 0.999 remembers about 1,000 steps
     */
    public void update(double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("The averaging decay must be at least 0 and below 1, got " + beta);
        }
        double decay = Math.min(beta, (1.0 + updates) / (10.0 + updates));
        updates++;
        average.moveTowards(live, 1 - decay);
    }

    /**
     * Puts back an average saved with a run, so that an opened experiment shows what it showed when
     * saved and continues as the saved run would have.
     *
     * @param weights the average's weights, as {@link Mlp#flatParameters()} gave them
     * @param updates how many updates it had taken (its warm-up)
     * @throws IllegalArgumentException when the weights do not fit the generator or updates is negative
     */
    public void restore(double[] weights, long updates) {
        if (weights.length != average.parameterCount()) {
            throw new IllegalArgumentException("The saved average of G has " + weights.length
                    + " weights and biases, this generator " + average.parameterCount());
        }
        if (updates < 0) {
            throw new IllegalArgumentException("The saved average of G must count 0 or more updates, got " + updates);
        }
        average.loadParameters(weights);
        this.updates = updates;
    }

    /** Starts the average again from the live weights, as a new one starts: for a run saved without one. */
    public void restartFromLive() {
        average.loadParameters(live.flatParameters());
        updates = 0;
    }

    /** The averaged generator (live: changed by every {@link #update}). */
    public Mlp average() {
        return average;
    }

    /** How many updates the average has taken. */
    public long updates() {
        return updates;
    }
}
