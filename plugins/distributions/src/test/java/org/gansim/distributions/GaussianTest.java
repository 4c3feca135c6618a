package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gansim.api.ModeSet;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.junit.jupiter.api.Test;

class GaussianTest implements TargetDistributionContract {

    private final Gaussian gaussian = new Gaussian();
    private final Params defaults = Params.defaults(gaussian.params());

    @Override
    public TargetDistribution createDistribution() {
        return new Gaussian();
    }

    @Test
    void defaultsGiveTheRequestedMeansStdsAndCorrelation() {
        Batch batch = SampleStats.draw(gaussian.create(defaults), 10_000, 42);
        assertFalse(batch.hasLabels());
        SampleStats stats = SampleStats.of(batch);
        // Mean standard error 0.5 / 100 = 0.005; std relative error 0.7%; correlation error (1 - 0.25) / 100.
        assertEquals(1, stats.mean(-1, 0), 0.025);
        assertEquals(1, stats.mean(-1, 1), 0.025);
        assertEquals(0.5, stats.std(-1, 0), 0.02);
        assertEquals(0.5, stats.std(-1, 1), 0.02);
        assertEquals(0.5, stats.correlation(), 0.03);
    }

    @Test
    void unequalStdsAndANegativeCorrelation() {
        Params params = defaults.with("mean_x", -3.0).with("mean_y", 4.0).with("std_x", 2.0)
                .with("std_y", 0.1).with("correlation", -0.8);
        SampleStats stats = SampleStats.of(SampleStats.draw(gaussian.create(params), 10_000, 9));
        assertEquals(-3, stats.mean(-1, 0), 0.1);
        assertEquals(4, stats.mean(-1, 1), 0.005);
        assertEquals(2, stats.std(-1, 0), 0.08);
        assertEquals(0.1, stats.std(-1, 1), 0.004);
        assertEquals(-0.8, stats.correlation(), 0.015);
    }

    @Test
    void theModeIsTheMeanWithTheStdOfTheLongAxis() {
        Sampler sampler = gaussian.create(defaults);
        ModeSet mode = sampler.modes().orElseThrow();
        assertArrayEquals(new double[] {1, 1}, mode.centre(0));
        // Equal stds s with correlation rho: the covariance has eigenvalues s^2 (1 +- rho).
        assertEquals(0.5 * Math.sqrt(1.5), mode.std(), 1e-12);
        assertEquals(2, Gaussian.widestStd(2, 1, 0), 1e-12);
        assertEquals(0, sampler.classes());
    }

    @Test
    void aCorrelationOfOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> defaults.with("correlation", 1.0));
        assertEquals("correlation must be a number from -0.99 to 0.99, got 1.0", e.getMessage());
    }
}
