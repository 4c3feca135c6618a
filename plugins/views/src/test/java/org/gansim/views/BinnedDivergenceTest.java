package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gansim.api.Batch;
import org.gansim.api.PlotBounds;
import org.junit.jupiter.api.Test;

/** KL and JS on a 2 × 2 grid, against values worked out by hand. */
class BinnedDivergenceTest {

    private static final PlotBounds SQUARE = PlotBounds.square(1);

    @Test
    void everySampleCountsEvenOutsideTheBounds() {
        // Cells of the 2 x 2 grid: 0 bottom-left, 1 bottom-right, 2 top-left, 3 top-right.
        Batch points = Batch.of(2, new double[] {-0.5, -0.5, 0.5, -0.5, 5, 5, -9, 0.5});
        assertArrayEquals(new double[] {1, 1, 1, 1}, BinnedDivergence.counts(points, SQUARE, 2));
    }

    @Test
    void jsOfHalfOverlappingHistogramsIsHalfOfLnTwo() {
        // Real: half in cell 0, half in cell 1. Generated: half in cell 1, half in cell 2.
        // M = (1/4, 1/2, 1/4, 0); JS = 1/2 [1/2 ln 2 + 1/2 ln 1] + 1/2 [1/2 ln 1 + 1/2 ln 2] = ln 2 / 2.
        Batch real = Batch.of(2, new double[] {-0.5, -0.5, 0.5, -0.5});
        Batch generated = Batch.of(2, new double[] {0.5, -0.5, -0.5, 0.5});
        assertEquals(Math.log(2) / 2, BinnedDivergence.measure(real, generated, SQUARE, 2).js(), 1e-12);
    }

    @Test
    void jsOfDisjointHistogramsIsLnTwoAndOfEqualOnesZero() {
        Batch left = Batch.of(2, new double[] {-0.5, -0.5, -0.5, 0.5});
        Batch right = Batch.of(2, new double[] {0.5, -0.5, 0.5, 0.5});
        assertEquals(Math.log(2), BinnedDivergence.measure(left, right, SQUARE, 2).js(), 1e-12);
        assertEquals(0, BinnedDivergence.measure(left, left, SQUARE, 2).js(), 1e-12);
    }

    @Test
    void klSmoothsTheGeneratedHistogramByHalfASamplePerCell() {
        // Real: 2 samples in cell 0, 2 in cell 1 -> p = (1/2, 1/2, 0, 0).
        // Generated: 4 samples in cell 0 -> with 1/2 added per cell, q = (4.5, .5, .5, .5) / 6.
        // KL = 1/2 ln((1/2) / (4.5/6)) + 1/2 ln((1/2) / (0.5/6)) = 1/2 ln(2/3) + 1/2 ln 6 = 1/2 ln 4 = ln 2.
        Batch real = Batch.of(2, new double[] {-0.5, -0.5, -0.4, -0.4, 0.5, -0.5, 0.4, -0.4});
        Batch generated = Batch.of(2, new double[] {-0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5});
        assertEquals(Math.log(2), BinnedDivergence.measure(real, generated, SQUARE, 2).kl(), 1e-12);
    }

    @Test
    void histogramsOfDifferentSizesAreEachNormalisedOverAllTheirSamples() {
        // Real: 1 sample in cell 0; generated: 3 samples in cell 0. Both histograms are (1, 0, 0, 0): JS 0.
        Batch real = Batch.of(2, new double[] {-0.5, -0.5});
        Batch generated = Batch.of(2, new double[] {-0.5, -0.5, -0.6, -0.6, -0.7, -0.7});
        assertEquals(0, BinnedDivergence.measure(real, generated, SQUARE, 2).js(), 1e-12);
    }
}
