package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.junit.jupiter.api.Test;

class SpiralTest implements TargetDistributionContract {

    private final Spiral spiral = new Spiral();
    private final Params defaults = Params.defaults(spiral.params());

    @Override
    public TargetDistribution createDistribution() {
        return new Spiral();
    }

    @Test
    void withoutNoiseEveryPointLiesOnItsOwnArm() {
        Params params = defaults.with("arms", 3).with("turns", 1.25).with("noise", 0.0);
        Batch batch = SampleStats.draw(spiral.create(params), 3000, 1);
        for (int row = 0; row < batch.size(); row++) {
            double x = batch.get(row, 0);
            double y = batch.get(row, 1);
            double s = Math.hypot(x, y) / 2;
            double angle = 2 * Math.PI * (1.25 * s + batch.label(row) / 3.0);
            assertEquals(2 * s * Math.cos(angle), x, 1e-9);
            assertEquals(2 * s * Math.sin(angle), y, 1e-9);
        }
    }

    @Test
    void armsAreEquallyLikelyAndPointsSpreadEvenlyOutwards() {
        Sampler sampler = spiral.create(defaults.with("arms", 4).with("noise", 0.0));
        assertEquals(4, sampler.classes());
        Batch batch = SampleStats.draw(sampler, 10_000, 42);
        SampleStats stats = SampleStats.of(batch);
        for (int arm = 0; arm < 4; arm++) {
            assertEquals(2500, stats.count(arm), 190, "arm " + arm);
        }
        // s = sqrt(u): s^2 is uniform on [0, 1] (mean 1/2, std 1/sqrt(12)), and s averages 2/3.
        double sumS = 0;
        double sumU = 0;
        double sumUU = 0;
        for (int row = 0; row < batch.size(); row++) {
            double s = Math.hypot(batch.get(row, 0), batch.get(row, 1)) / 2;
            sumS += s;
            sumU += s * s;
            sumUU += s * s * s * s;
        }
        int n = batch.size();
        assertEquals(2.0 / 3, sumS / n, 0.01);
        assertEquals(0.5, sumU / n, 0.012);
        assertEquals(1 / Math.sqrt(12), Math.sqrt(sumUU / n - (sumU / n) * (sumU / n)), 0.01);
    }
}
