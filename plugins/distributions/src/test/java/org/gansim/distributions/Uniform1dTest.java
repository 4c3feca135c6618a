package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.junit.jupiter.api.Test;

/** uniform-1d: the moments of its interval, its edges, and the refusal of an empty interval. */
class Uniform1dTest implements TargetDistributionContract {

    private static final int N = 10_000;

    @Override
    public TargetDistribution createDistribution() {
        return new Uniform1d();
    }

    private static Params defaults(TargetDistribution target) {
        return Params.defaults(target.params());
    }

    @Test
    void uniformHasTheMomentsOfItsIntervalAndStaysInside() {
        Uniform1d target = new Uniform1d();
        Sampler sampler = target.create(defaults(target).with("min", -1.0).with("max", 3.0));
        Batch batch = SampleStats.draw(sampler, N, 42);
        SampleStats stats = SampleStats.of(batch);
        // Uniform on [-1, 3]: mean 1, std 4 / sqrt(12).
        assertEquals(1, stats.mean(-1, 0), 0.05);
        assertEquals(4 / Math.sqrt(12), stats.std(-1, 0), 0.03);
        assertEquals(1, stats.share((x, y) -> x >= -1 && x < 3));
        assertEquals(0.25, stats.share((x, y) -> x < 0), 0.02);
        // The density is 1/4; the plot shows the edges with room on each side.
        PlotBounds bounds = sampler.bounds();
        assertEquals(0.3, bounds.maxY(), 1e-12);
        assertTrue(bounds.minX() < -1 && bounds.maxX() > 3);
        assertTrue(sampler.modes().isEmpty());
    }

    @Test
    void uniformRefusesAnEmptyInterval() {
        Uniform1d target = new Uniform1d();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> target.create(defaults(target).with("min", 2.0).with("max", 2.0)));
        assertEquals("uniform-1d: max must be greater than min, got min 2.0 and max 2.0", e.getMessage());
    }
}
