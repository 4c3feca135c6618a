package org.gansim.distributions.support;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.Batch;

/**
 * A sampler that draws each point independently with a {@link PointSource}: the common body of
 * every shape that is not a Gaussian mixture (moons, rolls, spirals, circles, boards, lines, files).
 * Immutable as long as its source is; may be used from any thread.
 */
public final class ShapeSampler implements Sampler {

    private final int dimension;
    private final int classes;
    private final PlotBounds bounds;
    private final PointSource source;
    private final ModeSet modes;
    private final org.gansim.api.Density density;

    /**
     * @param dimension 1 or 2
     * @param classes   how many classes the source labels points with; 0 when unlabelled
     * @param bounds    where the samples are worth drawing
     * @param source    draws one point
     */
    public ShapeSampler(int dimension, int classes, PlotBounds bounds, PointSource source) {
        this(dimension, classes, bounds, source, null);
    }

    /** As above, with known modes (may be null). */
    public ShapeSampler(int dimension, int classes, PlotBounds bounds, PointSource source, ModeSet modes) {
        this(dimension, classes, bounds, source, modes, null);
    }

    private ShapeSampler(int dimension, int classes, PlotBounds bounds, PointSource source, ModeSet modes,
                         org.gansim.api.Density density) {
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("A shape is 1-D or 2-D, got dimension " + dimension);
        }
        this.dimension = dimension;
        this.classes = classes;
        this.bounds = bounds;
        this.source = source;
        this.modes = modes;
        this.density = density;
    }

    /** The same shape, telling the views its density in closed form. */
    public ShapeSampler withDensity(org.gansim.api.Density exact) {
        return new ShapeSampler(dimension, classes, bounds, source, modes, exact);
    }

    @Override
    public Optional<org.gansim.api.Density> density() {
        return Optional.ofNullable(density);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public Batch sample(int n, RandomGenerator rng) {
        double[] points = new double[n * dimension];
        int[] labels = classes > 0 ? new int[n] : null;
        double[] point = new double[dimension];
        for (int row = 0; row < n; row++) {
            int label = source.draw(rng, point);
            System.arraycopy(point, 0, points, row * dimension, dimension);
            if (labels != null) {
                labels[row] = label;
            }
        }
        return new Batch(dimension, points, labels);
    }

    @Override
    public PlotBounds bounds() {
        return bounds;
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public Optional<ModeSet> modes() {
        return Optional.ofNullable(modes);
    }
}
