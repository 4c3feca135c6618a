package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.junit.jupiter.api.Test;

class SwissRollTest implements TargetDistributionContract {

    private final SwissRoll roll = new SwissRoll();
    private final Params defaults = Params.defaults(roll.params());

    @Override
    public TargetDistribution createDistribution() {
        return new SwissRoll();
    }

    @Test
    void withoutNoiseEveryPointLiesOnTheRollAtTheAngleItsRadiusGives() {
        Batch batch = SampleStats.draw(roll.create(defaults.with("noise", 0.0)), 2000, 1);
        assertFalse(batch.hasLabels());
        for (int row = 0; row < batch.size(); row++) {
            double x = batch.get(row, 0);
            double y = batch.get(row, 1);
            double r = Math.hypot(x, y);
            double t = r / 2 * SwissRoll.END;
            assertEquals(Math.cos(t), x / r, 1e-9);
            assertEquals(Math.sin(t), y / r, 1e-9);
        }
    }

    @Test
    void theRadiusIsUniformFromAThirdOfTheOuterRadiusToIt() {
        Batch batch = SampleStats.draw(roll.create(defaults.with("radius", 3.0)), 10_000, 42);
        double sum = 0;
        double sumSquares = 0;
        double least = Double.MAX_VALUE;
        for (int row = 0; row < batch.size(); row++) {
            double r = Math.hypot(batch.get(row, 0), batch.get(row, 1));
            sum += r;
            sumSquares += r * r;
            least = Math.min(least, r);
        }
        double mean = sum / batch.size();
        double std = Math.sqrt(sumSquares / batch.size() - mean * mean);
        // Uniform on [1, 3]: mean 2, std 2 / sqrt(12); noise 0.05 barely changes either.
        assertEquals(2, mean, 0.03);
        assertEquals(2 / Math.sqrt(12), std, 0.02);
        assertEquals(1, least, 0.2);
    }
}
