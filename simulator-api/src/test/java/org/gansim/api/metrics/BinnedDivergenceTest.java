package org.gansim.api.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gansim.api.Batch;
import org.gansim.api.PlotBounds;
import org.junit.jupiter.api.Test;

/** KL and JS of binned samples on a 2 × 2 grid over [-1, 1]², against values worked out by hand. */
class BinnedDivergenceTest {

    private static final PlotBounds SQUARE = PlotBounds.square(1);

    private static Batch points(double... xy) {
        return Batch.of(2, xy);
    }

    @Test
    void everySampleCountsAndThoseOutsideTheBoundsShareTheLastBin() {
        // Bins: 0 bottom-left, 1 bottom-right, 2 top-left, 3 top-right, 4 outside.
        Batch samples = points(-0.5, -0.5, 0.5, -0.5, 5, 5, -9, 0.5, 0.5, 0.5);
        assertArrayEquals(new double[] {1, 1, 0, 1, 2}, BinnedDivergence.counts(samples, SQUARE, 2));
    }

    @Test
    void theSameHistogramHasNoDivergence() {
        Batch real = points(-0.5, -0.5, 0.5, 0.5, 0.5, -0.5);
        Batch generated = points(0.5, -0.5, -0.5, -0.5, 0.5, 0.5); // the same bins, another order
        BinnedDivergence d = BinnedDivergence.measure(real, generated, SQUARE, 2);
        assertEquals(0, d.js(), 1e-15);
        // KL is not exactly 0: the smoothing spreads 1/2 sample over the two empty bins too.
        // q~ = (1.5, 1.5, 0.5, 1.5, 0.5) / 5.5 against p = 1/3 each in bins 0, 1, 3.
        assertEquals(Math.log((1.0 / 3) / (1.5 / 5.5)), d.kl(), 1e-12);
    }

    @Test
    void jsOfHalfOverlappingHistogramsIsHalfOfLnTwo() {
        // Real: half in bin 0, half in bin 1. Generated: half in bin 1, half in bin 2.
        // M = (1/4, 1/2, 1/4, 0); JS = 1/2 [1/2 ln 2 + 1/2 ln 1] + 1/2 [1/2 ln 1 + 1/2 ln 2] = ln 2 / 2.
        Batch real = points(-0.5, -0.5, 0.5, -0.5);
        Batch generated = points(0.5, -0.5, -0.5, 0.5);
        assertEquals(Math.log(2) / 2, BinnedDivergence.measure(real, generated, SQUARE, 2).js(), 1e-12);
    }

    @Test
    void disjointHistogramsHaveTheLargestJs() {
        Batch left = points(-0.5, -0.5, -0.5, 0.5);
        Batch right = points(0.5, -0.5, 0.5, 0.5);
        assertEquals(Math.log(2), BinnedDivergence.measure(left, right, SQUARE, 2).js(), 1e-12);
    }

    @Test
    void klSmoothsTheGeneratedHistogramByHalfASamplePerBin() {
        // Real: 2 samples in bin 0, 2 in bin 1 -> p = (1/2, 1/2, 0, 0, 0).
        // Generated: 4 samples in bin 0 -> with 1/2 added per bin, q = (4.5, .5, .5, .5, .5) / 6.5.
        Batch real = points(-0.5, -0.5, -0.4, -0.4, 0.5, -0.5, 0.4, -0.4);
        Batch generated = points(-0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5);
        double expected = 0.5 * Math.log(0.5 / (4.5 / 6.5)) + 0.5 * Math.log(0.5 / (0.5 / 6.5));
        assertEquals(expected, BinnedDivergence.measure(real, generated, SQUARE, 2).kl(), 1e-12);
    }

    @Test
    void generatedSamplesOutsideTheBoundsStillCountInTheirTotal() {
        // Real: all in bin 0. Generated: half in bin 0, half outside -> JS as for two half-overlapping
        // histograms, ln 2 / 2 ... of the overlap: m = (3/4, 0, 0, 0, 1/4).
        Batch real = points(-0.5, -0.5, -0.5, -0.5);
        Batch generated = points(-0.5, -0.5, 7, 7);
        double js = 0.5 * Math.log(1 / 0.75) + 0.5 * (0.5 * Math.log(0.5 / 0.75) + 0.5 * Math.log(0.5 / 0.25));
        assertEquals(js, BinnedDivergence.measure(real, generated, SQUARE, 2).js(), 1e-12);
    }

    @Test
    void histogramsOfDifferentSizesAreEachNormalisedOverAllTheirSamples() {
        Batch real = points(-0.5, -0.5);
        Batch generated = points(-0.5, -0.5, -0.6, -0.6, -0.7, -0.7);
        assertEquals(0, BinnedDivergence.measure(real, generated, SQUARE, 2).js(), 1e-12);
    }

    @Test
    void oneDimensionalDataIsBinnedAlongX() {
        Batch real = Batch.of(1, new double[] {-0.5, 0.5});
        Batch generated = Batch.of(1, new double[] {-0.5, -0.5});
        assertEquals(3, BinnedDivergence.counts(real, SQUARE, 2).length);
        // m = (3/4, 1/4, 0): JS = 1/2 [1/2 ln(2/3) + 1/2 ln 2] + 1/2 ln(4/3).
        double js = 0.5 * (0.5 * Math.log(0.5 / 0.75) + 0.5 * Math.log(2)) + 0.5 * Math.log(1 / 0.75);
        assertEquals(js, BinnedDivergence.measure(real, generated, SQUARE, 2).js(), 1e-12);
    }

    @Test
    void samplesOfDifferentDimensionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BinnedDivergence.measure(
                Batch.of(1, new double[] {0}), points(0, 0), SQUARE, 2));
    }
}
