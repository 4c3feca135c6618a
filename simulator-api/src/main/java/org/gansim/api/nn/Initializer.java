package org.gansim.api.nn;

import java.util.random.RandomGenerator;

/**
 * Draws the starting weights of one layer. See {@link Init} for the usual choices.
 *
 * <p>An initializer takes all its randomness from the generator it is given, so the same seed
 * always gives the same network. Implementations should be stateless and usable from any thread.
 *
 * @since 1
 */
@FunctionalInterface
public interface Initializer {

    /**
     * Returns {@code fanIn * fanOut} weights, row-major for a {@code fanIn x fanOut} matrix.
     *
     * @param fanIn number of inputs of the layer
     * @param fanOut number of outputs of the layer
     * @param rng the source of randomness, not null
     */
    double[] weights(int fanIn, int fanOut, RandomGenerator rng);
}
