package org.gansim.distributions.support;

/** Probability densities in closed form, for 1-D plot bounds and tests. Pure functions; any thread. */
public final class Densities {

    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2 * Math.PI);

    private Densities() {
    }

    /** The normal density with the given mean and standard deviation at {@code x}. */
    public static double normal(double x, double mean, double std) {
        double z = (x - mean) / std;
        return INV_SQRT_2PI / std * Math.exp(-0.5 * z * z);
    }
}
