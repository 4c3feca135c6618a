package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.junit.jupiter.api.Test;

/** gaussian-1d: its mean and std against the samples, its one mode, and a density axis that fits the peak. */
class Gaussian1dTest implements TargetDistributionContract {

    private static final int N = 10_000;

    @Override
    public TargetDistribution createDistribution() {
        return new Gaussian1d();
    }

    private static Params defaults(TargetDistribution target) {
        return Params.defaults(target.params());
    }

    @Test
    void gaussianHasItsMeanAndStdAndOneModeAndNoLabels() {
        Gaussian1d target = new Gaussian1d();
        Sampler sampler = target.create(defaults(target).with("mean", -1.5).with("std", 0.25));
        assertEquals(1, sampler.dimension());
        Batch batch = SampleStats.draw(sampler, N, 42);
        assertFalse(batch.hasLabels());
        SampleStats stats = SampleStats.of(batch);
        assertEquals(-1.5, stats.mean(-1, 0), 0.01);
        assertEquals(0.25, stats.std(-1, 0), 0.01);
        ModeSet mode = sampler.modes().orElseThrow();
        assertArrayEquals(new double[] {-1.5}, mode.centres());
        assertEquals(0.25, mode.std());
        // The peak density is 1 / (std sqrt(2 pi)) = 1.596; the plot leaves a little room above it.
        double peak = 1 / (0.25 * Math.sqrt(2 * Math.PI));
        PlotBounds bounds = sampler.bounds();
        assertEquals(0, bounds.minY());
        assertTrue(bounds.maxY() > peak && bounds.maxY() < 1.3 * peak, "top " + bounds.maxY());
        assertTrue(bounds.minX() < -2.5 && bounds.maxX() > -0.5, "x range " + bounds);
    }
}
