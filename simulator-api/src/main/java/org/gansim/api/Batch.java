package org.gansim.api;

import java.util.Arrays;

/**
 * A batch of points (real samples, generated samples or latent vectors), optionally labelled by class.
 *
 * <p>Immutable: the arrays are copied on the way in and out, so a batch can cross threads and plugin
 * boundaries safely.
 *
 * @since 1
 */
public final class Batch {

    private final int dimension;
    private final double[] points;
    private final int[] labels;

    /**
     * @param dimension numbers per point, at least 1
     * @param points    row-major: point {@code i} is {@code points[i*dimension .. (i+1)*dimension)}; never null
     * @param labels    one class index per point, or {@code null} when unlabelled
     */
    public Batch(int dimension, double[] points, int[] labels) {
        if (dimension < 1 || points.length % dimension != 0) {
            throw new IllegalArgumentException("A batch of dimension " + dimension
                    + " cannot hold " + points.length + " numbers");
        }
        if (labels != null && labels.length != points.length / dimension) {
            throw new IllegalArgumentException("A batch of " + points.length / dimension
                    + " points needs as many labels, got " + labels.length);
        }
        this.dimension = dimension;
        this.points = points.clone();
        this.labels = labels == null ? null : labels.clone();
    }

    /** The points of {@code labelled} without labels: shared, not copied, since a batch never changes them. */
    private Batch(Batch labelled) {
        this.dimension = labelled.dimension;
        this.points = labelled.points;
        this.labels = null;
    }

    /** An unlabelled batch. */
    public static Batch of(int dimension, double[] points) {
        return new Batch(dimension, points, null);
    }

    public int dimension() {
        return dimension;
    }

    /** How many points. */
    public int size() {
        return points.length / dimension;
    }

    /** A copy of the points, row-major. */
    public double[] points() {
        return points.clone();
    }

    /** Number {@code axis} of point {@code row}. */
    public double get(int row, int axis) {
        return points[row * dimension + axis];
    }

    public boolean hasLabels() {
        return labels != null;
    }

    /** A copy of the labels, or {@code null} when unlabelled. */
    public int[] labels() {
        return labels == null ? null : labels.clone();
    }

    /** The class of point {@code row}; only for labelled batches. */
    public int label(int row) {
        if (labels == null) {
            throw new IllegalStateException("This batch has no labels");
        }
        return labels[row];
    }

    /** The same points with other labels (or none). */
    public Batch withLabels(int[] newLabels) {
        if (newLabels == null) {
            return new Batch(this);
        }
        return new Batch(dimension, points, newLabels);
    }

    @Override
    public String toString() {
        return "Batch[" + size() + " x " + dimension + (labels == null ? "" : ", labelled") + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Batch b && b.dimension == dimension && Arrays.equals(b.points, points)
                && Arrays.equals(b.labels, labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(points) + Arrays.hashCode(labels);
    }
}
