package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.junit.jupiter.api.Test;

class LineTest implements TargetDistributionContract {

    private final Line line = new Line();
    private final Params defaults = Params.defaults(line.params());

    @Override
    public TargetDistribution createDistribution() {
        return new Line();
    }

    @Test
    void pointsAreUniformAlongTheSegmentAndNormalAcrossIt() {
        Batch batch = SampleStats.draw(line.create(defaults), 10_000, 42);
        double cos = Math.cos(Math.toRadians(30));
        double sin = Math.sin(Math.toRadians(30));
        double sumAlong = 0;
        double sumAlongSquared = 0;
        double sumAcross = 0;
        double sumAcrossSquared = 0;
        for (int row = 0; row < batch.size(); row++) {
            double x = batch.get(row, 0);
            double y = batch.get(row, 1);
            double along = x * cos + y * sin;
            double across = -x * sin + y * cos;
            assertTrue(Math.abs(along) <= 2, "beyond the end of the segment: " + along);
            sumAlong += along;
            sumAlongSquared += along * along;
            sumAcross += across;
            sumAcrossSquared += across * across;
        }
        int n = batch.size();
        // Uniform on [-2, 2]: mean 0, std 4 / sqrt(12). Across: normal with std 0.02.
        assertEquals(0, sumAlong / n, 0.05);
        assertEquals(4 / Math.sqrt(12), Math.sqrt(sumAlongSquared / n), 0.03);
        assertEquals(0, sumAcross / n, 0.001);
        assertEquals(0.02, Math.sqrt(sumAcrossSquared / n), 0.001);
    }

    @Test
    void aVerticalLineSpreadsOnlyAlongY() {
        SampleStats stats = SampleStats.of(SampleStats.draw(line.create(defaults.with("angle", 90.0)), 10_000, 3));
        assertEquals(0.02, stats.std(-1, 0), 0.001);
        assertEquals(4 / Math.sqrt(12), stats.std(-1, 1), 0.03);
    }
}
