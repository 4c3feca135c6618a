package org.gansim.api.support;

/** The logistic function on plain numbers, written so it never overflows. Stateless; any thread. */
final class Sigmoid {

    private Sigmoid() {
    }

    /** 1 / (1 + e^-x), computed from e^-|x| so large |x| gives 0 or 1 rather than NaN. */
    static double of(double x) {
        double e = Math.exp(-Math.abs(x));
        return x >= 0 ? 1 / (1 + e) : e / (1 + e);
    }
}
