package org.gansim.distributions.support;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;

/**
 * A fixed list of points, optionally labelled, read from a file or a drawing; it becomes a sampler
 * that replays its rows with a little Gaussian noise. Immutable; any thread.
 */
public final class PointTable {

    private final int dimension;
    private final double[] points;
    private final int[] labels;
    private final int classes;

    /**
     * @param dimension 1 or 2
     * @param points    row-major coordinates, at least one row; copied
     * @param labels    one class per row, 0 up to some k - 1 with every class present, or null; copied
     */
    public PointTable(int dimension, double[] points, int[] labels) {
        if ((dimension != 1 && dimension != 2) || points.length == 0 || points.length % dimension != 0) {
            throw new IllegalArgumentException("A point table needs at least one point of dimension 1 or 2");
        }
        if (labels != null && labels.length != points.length / dimension) {
            throw new IllegalArgumentException("A point table needs one label per point");
        }
        this.dimension = dimension;
        this.points = points.clone();
        this.labels = labels == null ? null : labels.clone();
        this.classes = labels == null ? 0 : Arrays.stream(labels).max().orElse(-1) + 1;
    }

    public int dimension() {
        return dimension;
    }

    /** How many rows. */
    public int size() {
        return points.length / dimension;
    }

    /** A copy of the coordinates, row-major. */
    public double[] points() {
        return points.clone();
    }

    /** A copy of the labels, or null when unlabelled. */
    public int[] labels() {
        return labels == null ? null : labels.clone();
    }

    /** How many classes the labels name (the largest label plus one), 0 when unlabelled. */
    public int classes() {
        return classes;
    }

    /**
     * A sampler that picks a row uniformly at random and adds Gaussian noise of standard deviation
     * {@code noise} (0 for none) to each coordinate; the sample keeps the row's label.
     */
    public Sampler sampler(double noise) {
        double[] rows = points;
        int[] rowLabels = labels;
        int count = size();
        return new ShapeSampler(dimension, classes, bounds(noise), (rng, out) -> {
            int row = rng.nextInt(count);
            for (int axis = 0; axis < out.length; axis++) {
                out[axis] = rows[row * out.length + axis] + (noise > 0 ? noise * rng.nextGaussian() : 0);
            }
            return rowLabels == null ? 0 : rowLabels[row];
        });
    }

    /** Around every row and three noise stds; for 1-D, the y axis fits a histogram of the rows. */
    private PlotBounds bounds(double noise) {
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int row = 0; row < size(); row++) {
            for (int axis = 0; axis < dimension; axis++) {
                min[axis] = Math.min(min[axis], points[row * dimension + axis] - 3 * noise);
                max[axis] = Math.max(max[axis], points[row * dimension + axis] + 3 * noise);
            }
        }
        if (dimension == 2) {
            return Bounds.around(min[0], max[0], min[1], max[1]);
        }
        return Bounds.oneDimensional(min[0], max[0], histogramDensity(min[0], max[0]));
    }

    /** A histogram density over 30 bins, enough to size the density axis of a 1-D plot. */
    private DoubleUnaryOperator histogramDensity(double from, double to) {
        int bins = 30;
        double width = to > from ? (to - from) / bins : 1;
        double[] density = new double[bins];
        for (double x : points) {
            int bin = Math.min(bins - 1, (int) ((x - from) / width));
            density[bin] += 1.0 / (size() * width);
        }
        return x -> {
            int bin = (int) Math.floor((x - from) / width);
            return bin >= 0 && bin < bins ? density[bin] : 0;
        };
    }
}
