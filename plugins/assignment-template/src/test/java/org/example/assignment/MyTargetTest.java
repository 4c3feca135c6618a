package org.example.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.junit.jupiter.api.Test;

/**
 * Every check GanSim asks of a target distribution (from {@link TargetDistributionContract}: shape,
 * determinism, finite values, bounds, ...), plus the checks of this assignment's ring.
 */
class MyTargetTest implements TargetDistributionContract {

    @Override
    public TargetDistribution createDistribution() {
        return new MyTarget();
    }

    /** Eight blobs of spread 0.05 on a circle of radius 3. */
    private static Sampler ring() {
        return new MySampler(8, 3, 0.05);
    }

    @Test
    void pointsLieOnTheCircle() {
        Batch batch = ring().sample(1000, new SplittableRandom(1));
        for (int i = 0; i < batch.size(); i++) {
            double distance = Math.hypot(batch.get(i, 0), batch.get(i, 1));
            // A point's distance from the origin varies by about std: allow six of them.
            assertEquals(3, distance, 6 * 0.05, "distance of point " + i + " from the origin");
        }
    }

    @Test
    void everyBlobGetsItsShare() {
        Batch batch = ring().sample(8000, new SplittableRandom(2));
        int[] counts = new int[8];
        for (int i = 0; i < batch.size(); i++) {
            double angle = Math.atan2(batch.get(i, 1), batch.get(i, 0));
            int blob = Math.floorMod(Math.round(angle / (2 * Math.PI / 8)), 8);
            counts[blob]++;
        }
        for (int blob = 0; blob < 8; blob++) {
            // 1000 expected per blob, standard deviation about 30.
            assertTrue(Math.abs(counts[blob] - 1000) < 150, "blob " + blob + " got " + counts[blob] + " of 8000 points");
        }
    }
}
