package org.gansim.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BatchTest {

    @Test
    void copiesArraysSoCallersCannotChangeIt() {
        double[] points = {1, 2, 3, 4};
        int[] labels = {0, 1};
        Batch b = new Batch(2, points, labels);
        points[0] = 99;
        labels[0] = 7;
        b.points()[1] = 42;
        assertEquals(1, b.get(0, 0));
        assertEquals(2, b.get(0, 1));
        assertEquals(0, b.label(0));
        assertArrayEquals(new int[] {0, 1}, b.labels());
        assertEquals(2, b.size());
    }

    @Test
    void withoutLabelsKeepsThePointsAndLeavesTheLabelledBatchAlone() {
        Batch labelled = new Batch(2, new double[] {1, 2, 3, 4}, new int[] {1, 0});
        Batch unlabelled = labelled.withLabels(null);
        assertFalse(unlabelled.hasLabels());
        assertArrayEquals(new double[] {1, 2, 3, 4}, unlabelled.points());
        unlabelled.points()[0] = 99;
        assertEquals(1, unlabelled.get(0, 0));
        assertArrayEquals(new int[] {1, 0}, labelled.labels());
        assertEquals(Batch.of(2, new double[] {1, 2, 3, 4}), unlabelled);
    }

    @Test
    void refusesInconsistentShapes() {
        assertThrows(IllegalArgumentException.class, () -> Batch.of(2, new double[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> new Batch(1, new double[] {1, 2}, new int[] {0}));
        assertThrows(IllegalStateException.class, () -> Batch.of(1, new double[] {1}).label(0));
    }
}
