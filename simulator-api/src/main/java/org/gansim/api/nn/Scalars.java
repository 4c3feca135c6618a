package org.gansim.api.nn;

/**
 * Numerically stable scalar functions shared by tensor operations, activations and frozen
 * models. Pure functions; any thread.
 */
final class Scalars {

    private Scalars() {
    }

    /** {@code 1 / (1 + e^-x)} without overflow for large negative {@code x}. */
    static double sigmoid(double x) {
        if (x >= 0.0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** {@code log(1 + e^x)} as {@code max(x, 0) + log1p(e^-|x|)}, finite for any finite x. */
    static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
