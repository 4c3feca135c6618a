package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.junit.jupiter.api.Test;

/** exponential-1d: mean, std and median against the closed forms. */
class Exponential1dTest implements TargetDistributionContract {

    private static final int N = 10_000;

    @Override
    public TargetDistribution createDistribution() {
        return new Exponential1d();
    }

    private static Params defaults(TargetDistribution target) {
        return Params.defaults(target.params());
    }

    @Test
    void exponentialHasMeanAndStdOneOverRateAndItsMedian() {
        Exponential1d target = new Exponential1d();
        Sampler sampler = target.create(defaults(target).with("rate", 2.0));
        SampleStats stats = SampleStats.of(SampleStats.draw(sampler, N, 42));
        assertEquals(0.5, stats.mean(-1, 0), 0.02);
        assertEquals(0.5, stats.std(-1, 0), 0.03);
        assertEquals(1, stats.share((x, y) -> x >= 0));
        // The median is ln 2 / rate.
        assertEquals(0.5, stats.share((x, y) -> x < Math.log(2) / 2), 0.02);
        PlotBounds bounds = sampler.bounds();
        assertEquals(2.4, bounds.maxY(), 1e-12);
        assertTrue(bounds.maxX() > Math.log(1000) / 2);
    }
}
