package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.junit.jupiter.api.Test;

class CirclesTest implements TargetDistributionContract {

    private final Circles circles = new Circles();
    private final Params defaults = Params.defaults(circles.params());

    @Override
    public TargetDistribution createDistribution() {
        return new Circles();
    }

    @Test
    void eachCircleHasItsRadiusAndNoiseAndItsShareOfPoints() {
        Sampler sampler = circles.create(defaults.with("circles", 3));
        assertEquals(3, sampler.classes());
        Batch batch = SampleStats.draw(sampler, 10_000, 42);
        double[] radii = {2.0 / 3, 4.0 / 3, 2};
        for (int circle = 0; circle < 3; circle++) {
            double sum = 0;
            double sumSquares = 0;
            double sumCos = 0;
            double sumCosSquared = 0;
            int count = 0;
            for (int row = 0; row < batch.size(); row++) {
                if (batch.label(row) != circle) {
                    continue;
                }
                double x = batch.get(row, 0);
                double y = batch.get(row, 1);
                double r = Math.hypot(x, y);
                sum += r;
                sumSquares += r * r;
                sumCos += x / r;
                sumCosSquared += x * x / (r * r);
                count++;
            }
            double mean = sum / count;
            assertEquals(3333, count, 200, "circle " + circle + " share");
            assertEquals(radii[circle], mean, 0.006, "circle " + circle + " radius");
            assertEquals(0.05, Math.sqrt(sumSquares / count - mean * mean), 0.005, "circle " + circle + " noise");
            // A uniform angle: cos averages 0 and cos^2 averages 1/2.
            assertEquals(0, sumCos / count, 0.05, "circle " + circle + " mean cos");
            assertEquals(0.5, sumCosSquared / count, 0.03, "circle " + circle + " mean cos^2");
        }
    }
}
