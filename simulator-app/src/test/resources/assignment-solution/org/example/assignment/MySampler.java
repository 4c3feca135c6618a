package org.example.assignment;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.Batch;

/**
 * Draws the "real" data: {@code modes} Gaussian blobs whose centres are evenly spaced on a circle of
 * {@code radius} around the origin, the first one at angle 0, each blob with standard deviation
 * {@code std} along both axes.
 *
 * <p>A sampler is immutable and may be used from any thread: every random number comes from the
 * {@link RandomGenerator} passed to {@link #sample}, so the same seed always gives the same points.
 */
final class MySampler implements Sampler {

    private final int modes;
    private final double radius;
    private final double std;

    MySampler(int modes, double radius, double std) {
        this.modes = modes;
        this.radius = radius;
        this.std = std;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public Batch sample(int n, RandomGenerator rng) {
        double[] points = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * rng.nextInt(modes) / modes;
            points[2 * i] = radius * Math.cos(angle) + std * rng.nextGaussian();
            points[2 * i + 1] = radius * Math.sin(angle) + std * rng.nextGaussian();
        }
        return Batch.of(2, points);
    }

    @Override
    public PlotBounds bounds() {
        return PlotBounds.square(radius + 4 * std);
    }

    @Override
    public Optional<ModeSet> modes() {
        double[] centres = new double[2 * modes];
        for (int k = 0; k < modes; k++) {
            double angle = 2 * Math.PI * k / modes;
            centres[2 * k] = radius * Math.cos(angle);
            centres[2 * k + 1] = radius * Math.sin(angle);
        }
        return Optional.of(new ModeSet(2, centres, std));
    }
}
