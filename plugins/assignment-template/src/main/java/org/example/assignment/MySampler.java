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
        // TODO 1: draw n points and return them as Batch.of(2, points), where points holds
        //   x0, y0, x1, y1, ... (2 * n numbers). For each point:
        //   - pick a blob k uniformly at random: rng.nextInt(modes);
        //   - its centre is at angle 2 * PI * k / modes on the circle: (radius cos a, radius sin a);
        //   - add independent Gaussian noise of standard deviation std to x and to y: std * rng.nextGaussian().
        //   Take every random number from rng (never new Random() or Math.random()): the contract
        //   tests check that the same seed gives the same points.
        throw new UnsupportedOperationException("TODO 1: draw the points in MySampler.sample");
    }

    @Override
    public PlotBounds bounds() {
        // TODO 2: return the part of the plane GanSim should draw: every blob, with a margin, for
        //   example a square from -(radius + 4 std) to radius + 4 std on both axes (PlotBounds.square).
        //   The contract tests check that at least 95 in 100 samples fall inside.
        throw new UnsupportedOperationException("TODO 2: return the plot bounds in MySampler.bounds");
    }

    @Override
    public Optional<ModeSet> modes() {
        // TODO 3 (optional): return the blob centres, Optional.of(new ModeSet(2, centres, std)) with
        //   centres = x0, y0, x1, y1, ..., so GanSim can count how many blobs the generator captured.
        return Optional.empty();
    }
}
