package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.junit.jupiter.api.Test;

/** bimodal-1d: the share, centre and spread of each bump. */
class Bimodal1dTest implements TargetDistributionContract {

    private static final int N = 10_000;

    @Override
    public TargetDistribution createDistribution() {
        return new Bimodal1d();
    }

    private static Params defaults(TargetDistribution target) {
        return Params.defaults(target.params());
    }

    @Test
    void bimodalSplitsByTheLeftShare() {
        Bimodal1d target = new Bimodal1d();
        Sampler sampler = target.create(defaults(target).with("left_share", 0.3));
        assertEquals(2, sampler.classes());
        SampleStats stats = SampleStats.of(SampleStats.draw(sampler, N, 42));
        // Binomial(10000, 0.3): sd 46.
        assertEquals(3000, stats.count(0), 200);
        assertEquals(-2, stats.mean(0, 0), 0.05);
        assertEquals(2, stats.mean(1, 0), 0.05);
        assertEquals(0.5, stats.std(0, 0), 0.04);
        assertEquals(0.5, stats.std(1, 0), 0.04);
        assertArrayEquals(new double[] {-2, 2}, sampler.modes().orElseThrow().centres());
    }
}
