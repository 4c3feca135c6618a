package org.gansim.api.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.Batch;
import org.gansim.api.Snapshot;
import org.gansim.api.ViewContext;
import org.junit.jupiter.api.Test;

/** The made-up snapshots agree with their context, so a view tested on them meets what the app sends. */
class SnapshotsTest {

    @Test
    void batchesMatchTheContext() {
        for (int dim = 1; dim <= 2; dim++) {
            for (int classes : new int[] {0, 3}) {
                ViewContext context = Snapshots.context(dim, classes);
                Snapshot s = Snapshots.at(context, 40);
                assertEquals(dim, s.real().dimension());
                assertEquals(dim, s.generated().dimension());
                assertEquals(context.latentDim(), s.latent().dimension());
                assertEquals(s.latent().size(), s.generated().size());
                assertEquals(classes > 0, s.real().hasLabels());
                assertEquals(classes > 0, s.latent().hasLabels());
                assertEquals(dim, s.gan().dataDim());
                assertEquals(40, s.history().size());
                assertEquals(40, s.step());
            }
        }
    }

    @Test
    void aFreshSnapshotHasAnEmptyHistory() {
        assertEquals(0, Snapshots.at(Snapshots.context(2, 0), 0).history().size());
    }

    @Test
    void theMadeUpDiscriminatorGradientMatchesFiniteDifferences() {
        Snapshot s = Snapshots.at(Snapshots.context(2, 0), 1);
        double[] point = {0.7, -0.4};
        double h = 1e-6;
        double[] gradient = s.gan().discriminatorGradient(Batch.of(2, point));
        for (int axis = 0; axis < 2; axis++) {
            double[] up = point.clone();
            double[] down = point.clone();
            up[axis] += h;
            down[axis] -= h;
            double numeric = (s.gan().discriminate(Batch.of(2, up))[0] - s.gan().discriminate(Batch.of(2, down))[0]) / (2 * h);
            assertEquals(numeric, gradient[axis], 1e-8);
        }
    }

    @Test
    void theSameArgumentsGiveTheSameSnapshot() {
        Snapshot a = Snapshots.at(Snapshots.context(2, 3), 10);
        Snapshot b = Snapshots.at(Snapshots.context(2, 3), 10);
        assertEquals(a.real(), b.real());
        assertArrayEquals(a.generated().points(), b.generated().points());
        assertTrue(a.params().has("train.batch"));
        assertFalse(a.running());
    }
}
