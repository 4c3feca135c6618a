package org.gansim.views;

import org.gansim.api.Batch;
import org.gansim.api.PlotBounds;

/**
 * KL and Jensen–Shannon divergence between the real and the generated samples, each binned on the
 * same grid of {@code bins} × {@code bins} cells over the target's bounds.
 *
 * <p>Both histograms are normalised over <em>all</em> their samples: a sample outside the bounds is
 * counted in the nearest edge cell, so no sample is dropped and each histogram sums to 1. Natural
 * logarithms: the figures are in nats, and JS lies between 0 and ln 2 ≈ 0.693.
 *
 * <p>KL(real ‖ generated) is infinite when a cell holds real samples but no generated ones; to keep
 * it finite the generated histogram alone is smoothed by adding half a sample to every cell
 * (Krichevsky–Trofimov). JS needs no smoothing and uses the raw histograms.
 *
 * <p>Stateless; any thread.
 */
final class BinnedDivergence {

    /** Cells along each axis: 20 × 20 over the target's bounds. */
    static final int BINS = 20;
    /** Samples added to every cell of the generated histogram before KL, so KL stays finite. */
    static final double KL_PSEUDO_COUNT = 0.5;

    private BinnedDivergence() {
    }

    /** KL and JS in nats. */
    record Divergences(double kl, double js) {
    }

    static Divergences measure(Batch real, Batch generated, PlotBounds bounds, int bins) {
        double[] p = counts(real, bounds, bins);
        double[] q = counts(generated, bounds, bins);
        return new Divergences(kl(p, real.size(), q, generated.size()), js(p, real.size(), q, generated.size()));
    }

    /** Counts per cell, row-major from the bottom-left; points outside go to the nearest edge cell. */
    static double[] counts(Batch points, PlotBounds bounds, int bins) {
        double[] counts = new double[bins * bins];
        for (int i = 0; i < points.size(); i++) {
            int col = cell(points.get(i, 0), bounds.minX(), bounds.width(), bins);
            int row = points.dimension() > 1 ? cell(points.get(i, 1), bounds.minY(), bounds.height(), bins) : 0;
            counts[row * bins + col]++;
        }
        return counts;
    }

    private static int cell(double v, double min, double width, int bins) {
        int c = (int) Math.floor((v - min) / width * bins);
        return Math.max(0, Math.min(bins - 1, c));
    }

    static double kl(double[] p, int n, double[] q, int m) {
        double cells = q.length;
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                double pi = p[i] / n;
                double qi = (q[i] + KL_PSEUDO_COUNT) / (m + KL_PSEUDO_COUNT * cells);
                sum += pi * Math.log(pi / qi);
            }
        }
        return sum;
    }

    static double js(double[] p, int n, double[] q, int m) {
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
