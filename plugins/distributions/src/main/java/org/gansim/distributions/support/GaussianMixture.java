package org.gansim.distributions.support;

import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.Batch;

/**
 * A mixture of round Gaussians in 1-D or 2-D, labelled by mode: the sampler behind ring8, grid25,
 * blobs, bimodal-1d and mixture-1d.
 *
 * <p>To draw one point, a mode is picked with probability equal to its weight, then Gaussian noise
 * with that mode's standard deviation is added to its centre on every axis; the label is the mode
 * index (unless {@link #unlabelled()}). Immutable; may be used from any thread.
 */
public final class GaussianMixture implements Sampler {

    private final int dimension;
    private final double[] centres;
    private final double[] stds;
    private final double[] cumulativeWeights;
    private final boolean equalWeights;
    private final PlotBounds bounds;
    private final boolean labelled;

    /**
     * @param dimension 1 or 2
     * @param centres   row-major mode centres: mode {@code i} at {@code centres[i*dimension ..]}
     * @param stds      the standard deviation of each mode, positive, one per mode
     * @param weights   the relative weight of each mode, positive, one per mode; they need not sum to 1
     * @param bounds    where the samples are worth drawing
     */
    public GaussianMixture(int dimension, double[] centres, double[] stds, double[] weights, PlotBounds bounds) {
        this(dimension, centres, stds, weights, bounds, true);
    }

    private GaussianMixture(int dimension, double[] centres, double[] stds, double[] weights, PlotBounds bounds,
                            boolean labelled) {
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("A mixture is 1-D or 2-D, got dimension " + dimension);
        }
        int count = centres.length / dimension;
        if (count == 0 || centres.length % dimension != 0 || stds.length != count || weights.length != count) {
            throw new IllegalArgumentException("A mixture needs one std and one weight per centre, got "
                    + centres.length + " coordinates, " + stds.length + " stds, " + weights.length + " weights");
        }
        this.dimension = dimension;
        this.centres = centres.clone();
        this.stds = stds.clone();
        this.cumulativeWeights = new double[count];
        double total = 0;
        boolean equal = true;
        for (int i = 0; i < count; i++) {
            if (!(stds[i] > 0) || !(weights[i] > 0) || !Double.isFinite(stds[i] + weights[i])) {
                throw new IllegalArgumentException("Mode " + i + " needs a positive std and weight, got std "
                        + stds[i] + " and weight " + weights[i]);
            }
            total += weights[i];
            cumulativeWeights[i] = total;
            equal &= weights[i] == weights[0];
        }
        for (int i = 0; i < count; i++) {
            cumulativeWeights[i] /= total;
        }
        cumulativeWeights[count - 1] = 1.0;
        this.equalWeights = equal;
        this.bounds = bounds;
        this.labelled = labelled;
    }

    /** The same mixture without labels, for a single Gaussian or points that are not classes. */
    public GaussianMixture unlabelled() {
        double[] weights = new double[count()];
        double previous = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = cumulativeWeights[i] - previous;
            previous = cumulativeWeights[i];
        }
        return new GaussianMixture(dimension, centres, stds, weights, bounds, false);
    }

    /** Modes of equal weight and equal spread. */
    public static GaussianMixture equal(int dimension, double[] centres, double std, PlotBounds bounds) {
        int count = centres.length / dimension;
        double[] stds = new double[count];
        double[] weights = new double[count];
        Arrays.fill(stds, std);
        Arrays.fill(weights, 1.0);
        return new GaussianMixture(dimension, centres, stds, weights, bounds);
    }

    /** How many modes. */
    public int count() {
        return stds.length;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public Batch sample(int n, RandomGenerator rng) {
        double[] points = new double[n * dimension];
        int[] labels = new int[n];
        for (int row = 0; row < n; row++) {
            int mode = pickMode(rng);
            labels[row] = mode;
            for (int axis = 0; axis < dimension; axis++) {
                points[row * dimension + axis] = centres[mode * dimension + axis] + stds[mode] * rng.nextGaussian();
            }
        }
        return new Batch(dimension, points, labelled ? labels : null);
    }

    private int pickMode(RandomGenerator rng) {
        int count = stds.length;
        if (equalWeights) {
            return rng.nextInt(count);
        }
        double u = rng.nextDouble();
        int mode = 0;
        while (cumulativeWeights[mode] <= u) {
            mode++;
        }
        return mode;
    }

    /** The density at {@code x} (1-D mixtures only): for drawing the real density curve and for bounds. */
    public double density1d(double x) {
        if (dimension != 1) {
            throw new IllegalStateException("density1d is only defined for a 1-D mixture");
        }
        double density = 0;
        double previous = 0;
        for (int i = 0; i < stds.length; i++) {
            double weight = cumulativeWeights[i] - previous;
            previous = cumulativeWeights[i];
            density += weight * Densities.normal(x, centres[i], stds[i]);
        }
        return density;
    }

    /**
     * The mixture's density: the weighted sum of its modes' normal densities, each isotropic with
     * its own std in 2-D.
     */
    @Override
    public Optional<org.gansim.api.Density> density() {
        if (dimension == 1) {
            return Optional.of(point -> density1d(point[0]));
        }
        return Optional.of(point -> density2d(point[0], point[1]));
    }

    private double density2d(double x, double y) {
        double density = 0;
        double previous = 0;
        for (int i = 0; i < stds.length; i++) {
            double weight = cumulativeWeights[i] - previous;
            previous = cumulativeWeights[i];
            density += weight * Densities.normal(x, centres[2 * i], stds[i])
                    * Densities.normal(y, centres[2 * i + 1], stds[i]);
        }
        return density;
    }

    @Override
    public PlotBounds bounds() {
        return bounds;
    }

    @Override
    public int classes() {
        return labelled ? stds.length : 0;
    }

    /**
     * The centres, with the largest of the modes' stds as the common spread: a sample counted as
     * "near a mode" within a few stds is then never refused for a mode that is merely wider.
     */
    @Override
    public Optional<ModeSet> modes() {
        double widest = 0;
        for (double std : stds) {
            widest = Math.max(widest, std);
        }
        return Optional.of(new ModeSet(dimension, centres, widest));
    }
}
