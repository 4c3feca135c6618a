package org.gansim.app.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gansim.api.Batch;
import org.gansim.api.PlotBounds;
import org.junit.jupiter.api.Test;

/** KL and JS of binned samples against values worked out by hand. */
class BinnedDivergenceTest {

    private static final PlotBounds UNIT = new PlotBounds(0, 1, 0, 1);
    /** Centres of two different cells of the 50 x 50 grid on the unit square. */
    private static final double A = 0.01;
    private static final double B = 0.51;

    private static Batch points(double... xy) {
        return Batch.of(2, xy);
    }

    @Test
    void theSameHistogramHasNoDivergence() {
        Batch real = points(A, A, B, B, B, A);
        Batch generated = points(B, A, A, A, B, B); // the same cells, another order
        BinnedDivergence d = BinnedDivergence.measure(real, generated, UNIT);
        assertEquals(0, d.kl(), 1e-15);
        assertEquals(0, d.js(), 1e-15);
    }

    @Test
    void aDroppedModeMatchesTheHandWorkedValues() {
        // p = (1/2, 1/2) over cells A and B; q = (1, 0): the generator dropped mode B.
        Batch real = points(A, A, A, A, B, B, B, B);
        Batch generated = points(A, A, A, A, A, A, A, A);
        BinnedDivergence d = BinnedDivergence.measure(real, generated, UNIT);
        double kl = 0.5 * Math.log(0.5 / 1) + 0.5 * Math.log(0.5 / BinnedDivergence.FLOOR);
        // m = (3/4, 1/4); JS = (KL(p||m) + KL(q||m)) / 2
        double klPm = 0.5 * Math.log(0.5 / 0.75) + 0.5 * Math.log(0.5 / 0.25);
        double klQm = Math.log(1 / 0.75);
        assertEquals(kl, d.kl(), 1e-12);
        assertEquals((klPm + klQm) / 2, d.js(), 1e-12);
    }

    @Test
    void disjointHistogramsHaveTheLargestJs() {
        BinnedDivergence d = BinnedDivergence.measure(points(A, A), points(B, B), UNIT);
        assertEquals(Math.log(2), d.js(), 1e-15);
    }

    @Test
    void samplesOutsideTheBoundsShareOneBinAndCountInTheTotal() {
        // Half of the generated samples fall outside: p = (1 in A), q = (1/2 in A, 1/2 outside).
        Batch real = points(A, A, A, A);
        Batch generated = points(A, A, 5, 5, A, A, -3, 0.5);
        BinnedDivergence d = BinnedDivergence.measure(real, generated, UNIT);
        assertEquals(Math.log(2), d.kl(), 1e-12);
        double[] q = BinnedDivergence.histogram(generated, UNIT);
        assertEquals(0.5, q[q.length - 1], 1e-15);
        assertEquals(BinnedDivergence.BINS * BinnedDivergence.BINS + 1, q.length);
    }

    @Test
    void oneDimensionalDataIsBinnedAlongX() {
        Batch real = Batch.of(1, new double[] {A, B});
        Batch generated = Batch.of(1, new double[] {A, A});
        BinnedDivergence d = BinnedDivergence.measure(real, generated, UNIT);
        assertEquals(0.5 * Math.log(0.5) + 0.5 * Math.log(0.5 / BinnedDivergence.FLOOR), d.kl(), 1e-12);
        assertEquals(BinnedDivergence.BINS + 1, BinnedDivergence.histogram(real, UNIT).length);
    }
}
