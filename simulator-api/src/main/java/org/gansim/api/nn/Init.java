package org.gansim.api.nn;

import java.util.random.RandomGenerator;

/**
 * The standard weight initializers. Biases always start at zero.
 *
 * <p>Stateless; any thread.
 *
 * @since 1
 */
public final class Init {

    private Init() {
    }

    /**
     * He (Kaiming) normal: {@code N(0, 2 / fanIn)}. Keeps the signal's scale through ReLU layers,
     * which zero half of their inputs.
     */
    public static Initializer he() {
        return (fanIn, fanOut, rng) -> gaussian(fanIn * fanOut, Math.sqrt(2.0 / fanIn), rng);
    }

    /**
     * Xavier (Glorot) uniform: {@code U(-a, a)} with {@code a = sqrt(6 / (fanIn + fanOut))}.
     * Suits tanh and sigmoid layers.
     */
    public static Initializer xavier() {
        return (fanIn, fanOut, rng) -> {
            double limit = Math.sqrt(6.0 / (fanIn + fanOut));
            double[] w = new double[fanIn * fanOut];
            for (int i = 0; i < w.length; i++) {
                w[i] = (2.0 * rng.nextDouble() - 1.0) * limit;
            }
            return w;
        };
    }

    /**
     * Normal with mean 0 and the given standard deviation (DCGAN used 0.02).
     *
     * @param std standard deviation, at least 0
     */
    public static Initializer normal(double std) {
        if (!(std >= 0.0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException("A standard deviation must be finite and >= 0, got " + std);
        }
        return (fanIn, fanOut, rng) -> gaussian(fanIn * fanOut, std, rng);
    }

    private static double[] gaussian(int count, double std, RandomGenerator rng) {
        double[] w = new double[count];
        for (int i = 0; i < count; i++) {
            w[i] = rng.nextGaussian() * std;
        }
        return w;
    }
}
