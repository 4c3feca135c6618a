package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.junit.jupiter.api.Test;

class TwoMoonsTest implements TargetDistributionContract {

    private final TwoMoons moons = new TwoMoons();
    private final Params defaults = Params.defaults(moons.params());

    @Override
    public TargetDistribution createDistribution() {
        return new TwoMoons();
    }

    @Test
    void withoutNoiseEveryPointLiesOnItsHalfCircle() {
        Batch batch = SampleStats.draw(moons.create(defaults.with("noise", 0.0)), 2000, 1);
        for (int row = 0; row < batch.size(); row++) {
            double[] centre = batch.label(row) == 0 ? TwoMoons.UPPER_CENTRE : TwoMoons.LOWER_CENTRE;
            double dx = batch.get(row, 0) - centre[0];
            double dy = batch.get(row, 1) - centre[1];
            assertEquals(1, Math.hypot(dx, dy), 1e-12);
            assertTrue(batch.label(row) == 0 ? dy >= 0 : dy <= 0, "point on the wrong half of its circle");
        }
    }

    @Test
    void theMoonsAreEquallyLikelyWithCentroidsTwoOverPiFromTheirCircleCentres() {
        Sampler sampler = moons.create(defaults);
        assertEquals(2, sampler.classes());
        SampleStats stats = SampleStats.of(SampleStats.draw(sampler, 10_000, 42));
        assertEquals(5000, stats.count(0), 200);
        // Over a uniform angle on [0, pi], cos averages 0 and sin averages 2 / pi.
        double lift = 2 / Math.PI;
        assertEquals(-0.5, stats.mean(0, 0), 0.03);
        assertEquals(-0.25 + lift, stats.mean(0, 1), 0.015);
        assertEquals(0.5, stats.mean(1, 0), 0.03);
        assertEquals(0.25 - lift, stats.mean(1, 1), 0.015);
        // Along x, cos t of a uniform angle has std 1 / sqrt(2); noise 0.05 adds in quadrature.
        assertEquals(Math.sqrt(0.5 + 0.0025), stats.std(0, 0), 0.02);
    }

    @Test
    void noiseSpreadsPointsAcrossTheCurveByItsStd() {
        Batch batch = SampleStats.draw(moons.create(defaults.with("noise", 0.05)), 10_000, 3);
        double sum = 0;
        double sumSquares = 0;
        for (int row = 0; row < batch.size(); row++) {
            double[] centre = batch.label(row) == 0 ? TwoMoons.UPPER_CENTRE : TwoMoons.LOWER_CENTRE;
            double r = Math.hypot(batch.get(row, 0) - centre[0], batch.get(row, 1) - centre[1]);
            sum += r;
            sumSquares += r * r;
        }
        double mean = sum / batch.size();
        double std = Math.sqrt(sumSquares / batch.size() - mean * mean);
        // The distance to the centre is about 1 + noise across the curve (plus noise^2 / 2 from the tangent).
        assertEquals(1, mean, 0.005);
        assertEquals(0.05, std, 0.004);
    }
}
