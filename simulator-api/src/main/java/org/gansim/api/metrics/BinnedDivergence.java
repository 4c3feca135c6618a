package org.gansim.api.metrics;

import org.gansim.api.Batch;
import org.gansim.api.PlotBounds;

/**
 * KL and Jensen–Shannon divergence between real and generated samples, binned on one grid over the
 * target's plot bounds: {@code bins} equal bins per axis ({@code bins × bins} cells for 2-D data,
 * {@code bins} for 1-D data), plus one bin for every sample outside the bounds.
 *
 * <p>Both histograms are normalised over <em>all</em> their samples, so each sums to 1 and the
 * divergences are those of proper distributions. (A chart that drops the samples outside its grid,
 * or normalises one histogram over a part of its samples, reports a divergence of something else.)
 * Natural logarithms: the figures are in nats, and JS lies between 0 and ln 2 ≈ 0.693.
 *
 * <ul>
 *   <li>{@code kl} = KL(real ‖ generated) = Σ p_i ln(p_i / q_i) over the bins real samples reach.
 *       It is infinite when a bin holds real samples but no generated ones, so the generated
 *       histogram alone is smoothed by adding half a sample to every bin (Krichevsky–Trofimov):
 *       a dropped mode costs a large but finite amount.</li>
 *   <li>{@code js} = KL(p ‖ m)/2 + KL(q ‖ m)/2 with m = (p + q)/2, on the raw histograms: from 0
 *       (the same histogram) to ln 2 (no bin shared).</li>
 * </ul>
 *
 * @param kl KL(real ‖ generated) in nats
 * @param js the Jensen–Shannon divergence in nats
 * @since 2
 */
public record BinnedDivergence(double kl, double js) {

    /** Bins per axis of the command line's tables: 50 × 50 cells for 2-D data. */
    public static final int DEFAULT_BINS = 50;

    /** Samples added to every bin of the generated histogram before KL, so KL stays finite. */
    public static final double KL_PSEUDO_COUNT = 0.5;

    /** {@link #measure(Batch, Batch, PlotBounds, int)} on {@link #DEFAULT_BINS} bins per axis. */
    public static BinnedDivergence measure(Batch real, Batch generated, PlotBounds bounds) {
        return measure(real, generated, bounds, DEFAULT_BINS);
    }

    /**
     * Bins both sample sets on the same grid and compares them.
     *
     * @param real      the target's samples; 1-D or 2-D, at least one
     * @param generated the generator's samples, of the same dimension, at least one
     * @param bounds    the grid's extent (the target's plot bounds; only x for 1-D data)
     * @param bins      bins per axis, at least 1
     */
    public static BinnedDivergence measure(Batch real, Batch generated, PlotBounds bounds, int bins) {
        if (real.dimension() != generated.dimension() || real.dimension() > 2) {
            throw new IllegalArgumentException("Binned divergence compares 1-D or 2-D samples of one dimension, got "
                    + real.dimension() + " and " + generated.dimension());
        }
        if (real.size() == 0 || generated.size() == 0) {
            throw new IllegalArgumentException("Binned divergence needs samples on both sides");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("Binned divergence needs at least 1 bin per axis, got " + bins);
        }
        double[] p = counts(real, bounds, bins);
        double[] q = counts(generated, bounds, bins);
        return new BinnedDivergence(kl(p, real.size(), q, generated.size()), js(p, real.size(), q, generated.size()));
    }

    /**
     * Samples per bin, row-major from the bottom-left; the last bin holds the samples outside the
     * bounds.
     */
    public static double[] counts(Batch samples, PlotBounds bounds, int bins) {
        boolean twoD = samples.dimension() == 2;
        int cells = twoD ? bins * bins : bins;
        double[] counts = new double[cells + 1];
        for (int row = 0; row < samples.size(); row++) {
            int bx = bin(samples.get(row, 0), bounds.minX(), bounds.maxX(), bins);
            int by = twoD ? bin(samples.get(row, 1), bounds.minY(), bounds.maxY(), bins) : 0;
            counts[bx < 0 || by < 0 ? cells : by * bins + bx]++;
        }
        return counts;
    }

    /** The bin of {@code v} on [min, max] (the top edge in the last bin), or -1 outside. */
    private static int bin(double v, double min, double max, int bins) {
        if (!(v >= min && v <= max)) {
            return -1;
        }
        return Math.min(bins - 1, (int) ((v - min) / (max - min) * bins));
    }

    private static double kl(double[] p, int n, double[] q, int m) {
        double smoothedTotal = m + KL_PSEUDO_COUNT * q.length;
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                double pi = p[i] / n;
                sum += pi * Math.log(pi / ((q[i] + KL_PSEUDO_COUNT) / smoothedTotal));
            }
        }
        return sum;
    }

    private static double js(double[] p, int n, double[] q, int m) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i] / n;
            double qi = q[i] / m;
            double mid = (pi + qi) / 2;
            if (pi > 0) {
                sum += 0.5 * pi * Math.log(pi / mid);
            }
            if (qi > 0) {
                sum += 0.5 * qi * Math.log(qi / mid);
            }
        }
        return sum;
    }
}
