package org.gansim.api.nn;

import java.util.SplittableRandom;

/** Reproducible random inputs for the tests. */
final class TestTensors {

    private TestTensors() {
    }

    /** Values of either sign with magnitude in [0.1, 1.5]: away from the kinks of relu and abs. */
    static Tensor signed(int rows, int cols, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[rows * cols];
        for (int i = 0; i < values.length; i++) {
            double magnitude = random.nextDouble(0.1, 1.5);
            values[i] = random.nextBoolean() ? magnitude : -magnitude;
        }
        return Tensor.of(rows, cols, values);
    }

    /** Values in [0.5, 2]: inside the domain of log, sqrt and division. */
    static Tensor positive(int rows, int cols, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble(0.5, 2.0);
        }
        return Tensor.of(rows, cols, values);
    }

    /**
     * {@code sum(R * t)} with fixed weights R that depend only on t's shape, so that every
     * element of t gets a different, non-trivial upstream gradient.
     */
    static Tensor weightedSum(Tensor t) {
        double[] r = new double[t.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.sin(1.7 * i + 0.3) + 0.1;
        }
        return t.mul(Tensor.of(t.rows(), t.cols(), r)).sum();
    }
}
