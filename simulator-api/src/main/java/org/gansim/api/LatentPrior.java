package org.gansim.api;

import java.util.random.RandomGenerator;

/**
 * The simple distribution the generator's input noise z is drawn from.
 *
 * @since 1
 */
public enum LatentPrior {
    /** Independent standard normal numbers. */
    GAUSSIAN,
    /** Independent numbers uniform on [-1, 1]. */
    UNIFORM;

    /** Draws {@code n} latent vectors of {@code dimension} numbers, row-major. */
    public double[] sample(int n, int dimension, RandomGenerator rng) {
        double[] z = new double[n * dimension];
        for (int i = 0; i < z.length; i++) {
            z[i] = this == GAUSSIAN ? rng.nextGaussian() : 2 * rng.nextDouble() - 1;
        }
        return z;
    }
}
