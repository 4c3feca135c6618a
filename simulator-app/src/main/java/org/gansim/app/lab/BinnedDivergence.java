package org.gansim.app.lab;

import org.gansim.api.Batch;
import org.gansim.api.PlotBounds;

/**
 * KL and JS divergence between real and generated samples, binned on a fixed grid over the
 * target's plot bounds: {@link #BINS} equal bins per axis (so 50 x 50 cells for 2-D data, 50 bins
 * for 1-D data), plus one bin for every sample outside the bounds. Both histograms are normalised
 * over all their samples, so each sums to 1 and the divergences are of proper distributions.
 *
 * <ul>
 *   <li>{@code kl} = KL(real || generated) = sum_i p_i ln(p_i / q_i), in nats, over the bins where
 *       real samples fall; a bin that real samples reach and generated ones do not counts with
 *       q_i = {@link #FLOOR}, so a dropped mode costs a large but finite amount.</li>
 *   <li>{@code js} = JS(real, generated) = KL(p || m)/2 + KL(q || m)/2 with m = (p + q)/2, in nats,
 *       from 0 (same histogram) to ln 2 (no bin shared).</li>
 * </ul>
 *
 * @param kl KL(real || generated) in nats
 * @param js the Jensen-Shannon divergence in nats
 */
public record BinnedDivergence(double kl, double js) {

    /** Bins per axis. */
    public static final int BINS = 50;

    /** The probability a generated bin counts with when real samples reach it and generated ones do not. */
    public static final double FLOOR = 1e-10;

    /**
     * Bins both sample sets and compares them.
     *
     * @param real      the target's samples; 1-D or 2-D, at least one
     * @param generated the generator's samples, of the same dimension, at least one
     * @param bounds    the grid's extent (the target's plot bounds; only x for 1-D data)
     */
    public static BinnedDivergence measure(Batch real, Batch generated, PlotBounds bounds) {
        if (real.dimension() != generated.dimension() || real.dimension() > 2) {
            throw new IllegalArgumentException("Binned divergence compares 1-D or 2-D samples of one dimension, got "
                    + real.dimension() + " and " + generated.dimension());
        }
        if (real.size() == 0 || generated.size() == 0) {
            throw new IllegalArgumentException("Binned divergence needs samples on both sides");
        }
        double[] p = histogram(real, bounds);
        double[] q = histogram(generated, bounds);
        double kl = 0;
        double js = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                kl += p[i] * Math.log(p[i] / Math.max(q[i], FLOOR));
            }
            double m = (p[i] + q[i]) / 2;
            if (p[i] > 0) {
                js += 0.5 * p[i] * Math.log(p[i] / m);
            }
            if (q[i] > 0) {
                js += 0.5 * q[i] * Math.log(q[i] / m);
            }
        }
        return new BinnedDivergence(kl, js);
    }

    /** The share of samples in each bin; the last bin holds the samples outside the bounds. */
    static double[] histogram(Batch samples, PlotBounds bounds) {
        boolean twoD = samples.dimension() == 2;
        int cells = twoD ? BINS * BINS : BINS;
        double[] shares = new double[cells + 1];
        double unit = 1.0 / samples.size();
        for (int row = 0; row < samples.size(); row++) {
            int bx = bin(samples.get(row, 0), bounds.minX(), bounds.maxX());
            int by = twoD ? bin(samples.get(row, 1), bounds.minY(), bounds.maxY()) : 0;
            int cell = bx < 0 || by < 0 ? cells : by * BINS + bx;
            shares[cell] += unit;
        }
        return shares;
    }

    /** The bin of {@code v} on [min, max] (the top edge in the last bin), or -1 outside. */
    private static int bin(double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            return -1;
        }
        return Math.min(BINS - 1, (int) ((v - min) / (max - min) * BINS));
    }
}
