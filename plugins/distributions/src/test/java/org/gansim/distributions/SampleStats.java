package org.gansim.distributions;

import java.util.SplittableRandom;
import org.gansim.api.Sampler;
import org.gansim.api.Batch;

/**
 * Sample statistics for the shape tests: counts, means and standard deviations per label and axis,
 * computed directly from a batch so the tests compare them with hand-computed values.
 */
final class SampleStats {

    private final Batch batch;

    private SampleStats(Batch batch) {
        this.batch = batch;
    }

    /** Draws {@code n} samples with a fixed seed. */
    static Batch draw(Sampler sampler, int n, long seed) {
        return sampler.sample(n, new SplittableRandom(seed));
    }

    static SampleStats of(Batch batch) {
        return new SampleStats(batch);
    }

    /** How many points carry {@code label}. */
    int count(int label) {
        int count = 0;
        for (int row = 0; row < batch.size(); row++) {
            count += batch.label(row) == label ? 1 : 0;
        }
        return count;
    }

    /** The mean of {@code axis} over the points labelled {@code label}, or over all when label < 0. */
    double mean(int label, int axis) {
        double sum = 0;
        int count = 0;
        for (int row = 0; row < batch.size(); row++) {
            if (label < 0 || batch.label(row) == label) {
                sum += batch.get(row, axis);
                count++;
            }
        }
        return sum / count;
    }

    /** The standard deviation (n - 1) of {@code axis} over the points labelled {@code label}, or all when label < 0. */
    double std(int label, int axis) {
        double mean = mean(label, axis);
        double sum = 0;
        int count = 0;
        for (int row = 0; row < batch.size(); row++) {
            if (label < 0 || batch.label(row) == label) {
                double d = batch.get(row, axis) - mean;
                sum += d * d;
                count++;
            }
        }
        return Math.sqrt(sum / (count - 1));
    }

    /** The correlation of the two axes over every point. */
    double correlation() {
        double mx = mean(-1, 0);
        double my = mean(-1, 1);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int row = 0; row < batch.size(); row++) {
            double dx = batch.get(row, 0) - mx;
            double dy = batch.get(row, 1) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** The share of points for which {@code test} holds. */
    double share(PointTest test) {
        int hits = 0;
        for (int row = 0; row < batch.size(); row++) {
            double x = batch.get(row, 0);
            double y = batch.dimension() > 1 ? batch.get(row, 1) : 0;
            hits += test.holds(x, y) ? 1 : 0;
        }
        return (double) hits / batch.size();
    }

    /** A condition on one point; y is 0 for 1-D points. */
    interface PointTest {
        boolean holds(double x, double y);
    }
}
