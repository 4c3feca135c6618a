package org.gansim.views;

import org.gansim.api.Snapshot;

/**
 * D's outputs on a snapshot's real and generated samples, and what follows from them: D's accuracy
 * on each, the means, and the value of the vanilla objective V(D, G) (or the critic's Wasserstein
 * estimate) on these samples.
 *
 * <p>Computing it runs D on every drawn sample, so views compute it on a {@link LatestOnlyWorker}.
 * Immutable.
 *
 * @param step        the snapshot's step
 * @param onReal      D on each real sample
 * @param onFake      D on each generated sample
 * @param probability whether the values are probabilities (false for a critic)
 */
record Verdicts(long step, double[] onReal, double[] onFake, boolean probability) {

    /** Runs D on the snapshot's samples; off the Swing thread. */
    static Verdicts of(Snapshot s) {
        return new Verdicts(s.step(), s.gan().discriminate(s.real()), s.gan().discriminate(s.generated()),
                s.gan().discriminatorIsProbability());
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    /** The share of real samples D calls real: D above ½ (a critic has no threshold: NaN). */
    double accuracyOnReal() {
        return probability ? share(onReal, true) : Double.NaN;
    }

    /** The share of generated samples D calls fake: D below ½. */
    double accuracyOnFake() {
        return probability ? share(onFake, false) : Double.NaN;
    }

    private static double share(double[] values, boolean above) {
        int n = 0;
        for (double v : values) {
            n += (above ? v > 0.5 : v < 0.5) ? 1 : 0;
        }
        return values.length == 0 ? Double.NaN : n / (double) values.length;
    }

    /**
     * The objective on these samples: E[log D(x)] + E[log(1 − D(G(z)))] for a probability (its
     * optimum at equilibrium is −log 4 ≈ −1.386); E[C(x)] − E[C(G(z))] for a critic.
     */
    double objective() {
        if (!probability) {
            return mean(onReal) - mean(onFake);
        }
        double sum = 0;
        for (double d : onReal) {
            sum += Math.log(Math.max(d, 1e-12));
        }
        double fake = 0;
        for (double d : onFake) {
            fake += Math.log(Math.max(1 - d, 1e-12));
        }
        return sum / onReal.length + fake / onFake.length;
    }
}
