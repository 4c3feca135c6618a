package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.junit.jupiter.api.Test;

/** mixture-1d: equally likely, evenly spaced bumps centred on zero. */
class Mixture1dTest implements TargetDistributionContract {

    private static final int N = 10_000;

    @Override
    public TargetDistribution createDistribution() {
        return new Mixture1d();
    }

    private static Params defaults(TargetDistribution target) {
        return Params.defaults(target.params());
    }

    @Test
    void mixtureHasEquallyLikelyModesEvenlySpacedAroundZero() {
        Mixture1d target = new Mixture1d();
        Sampler sampler = target.create(defaults(target));
        assertEquals(3, sampler.classes());
        SampleStats stats = SampleStats.of(SampleStats.draw(sampler, N, 42));
        double[] centres = {-3, 0, 3};
        for (int mode = 0; mode < 3; mode++) {
            assertEquals(3333, stats.count(mode), 210, "mode " + mode);
            assertEquals(centres[mode], stats.mean(mode, 0), 0.035, "mode " + mode + " mean");
            assertEquals(0.4, stats.std(mode, 0), 0.03, "mode " + mode + " std");
        }
        assertArrayEquals(centres, sampler.modes().orElseThrow().centres(), 1e-12);
        // Three well separated bumps of std 0.4: the peak is a third of 1 / (0.4 sqrt(2 pi)).
        double peak = 1 / (3 * 0.4 * Math.sqrt(2 * Math.PI));
        assertTrue(sampler.bounds().maxY() > peak && sampler.bounds().maxY() < 1.3 * peak);
    }

    @Test
    void aFourModeMixtureIsCentredToo() {
        assertArrayEquals(new double[] {-1.5, -0.5, 0.5, 1.5}, Mixture1d.centres(4, 1), 1e-12);
    }
}
