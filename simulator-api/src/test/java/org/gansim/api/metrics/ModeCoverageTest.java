package org.gansim.api.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gansim.api.ModeSet;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.LatentPrior;
import org.junit.jupiter.api.Test;

/** Mode coverage against values worked out by hand. */
class ModeCoverageTest {

    private static final double EXACT = 1e-12;

    /** Two modes of std 1 at (0, 0) and (10, 0). */
    private static final ModeSet PAIR = new ModeSet(2, new double[] {0, 0, 10, 0}, 1);

    /** The VEEGAN / PacGAN ring: 8 modes of std 0.01 on the unit circle, mode k at angle 2 pi k / 8. */
    private static ModeSet ring8() {
        double[] centres = new double[16];
        for (int k = 0; k < 8; k++) {
            centres[2 * k] = Math.cos(2 * Math.PI * k / 8);
            centres[2 * k + 1] = Math.sin(2 * Math.PI * k / 8);
        }
        return new ModeSet(2, centres, 0.01);
    }

    @Test
    void countsHighQualityCapturedModesAndReverseKlByHand() {
        // (0.5, 0): 0.5 from mode 0, high quality. (2.9, 0): 2.9 <= 3 std, high quality, mode 0.
        // (3.1, 0): nearest is mode 0 but 3.1 > 3 std, low quality. (10, 2): 2 from mode 1, high quality.
        Batch samples = Batch.of(2, new double[] {0.5, 0, 2.9, 0, 3.1, 0, 10, 2});
        ModeCoverage coverage = ModeCoverage.measure(PAIR, samples);

        assertEquals(2, coverage.modesCaptured());
        assertEquals(2, coverage.modeCount());
        assertEquals(0.75, coverage.highQualityShare(), EXACT);
        // Histogram (2/3, 1/3) against uniform (1/2, 1/2):
        // 2/3 ln(4/3) + 1/3 ln(2/3) = 0.191788... - 0.135155... = 0.0566330122651324
        assertEquals(0.0566330122651324, coverage.reverseKl(), EXACT);
        assertArrayEquals(new int[] {2, 1}, ModeCoverage.highQualityHistogram(PAIR, samples));
    }

    @Test
    void aModeReachedOnlyByLowQualitySamplesIsNotCaptured() {
        // (6, 0) is nearest to mode 1 (4 away) but more than 3 std from it.
        Batch samples = Batch.of(2, new double[] {0, 0, 0, 1, 6, 0});
        ModeCoverage coverage = ModeCoverage.measure(PAIR, samples);

        assertEquals(1, coverage.modesCaptured());
        assertEquals(2.0 / 3, coverage.highQualityShare(), EXACT);
        // Everything high quality is on mode 0 of 2: KL = 1 * ln(1 * 2) = ln 2.
        assertEquals(Math.log(2), coverage.reverseKl(), EXACT);
    }

    @Test
    void aRingCoveredEvenlyHasZeroReverseKl() {
        ModeSet ring = ring8();
        // Each centre twice, once nudged by 0.02 (2 std) outwards: all 16 high quality, 2 per mode.
        double[] points = new double[32];
        for (int k = 0; k < 8; k++) {
            double[] c = ring.centre(k);
            points[4 * k] = c[0];
            points[4 * k + 1] = c[1];
            points[4 * k + 2] = c[0] * 1.02;
            points[4 * k + 3] = c[1] * 1.02;
        }
        ModeCoverage coverage = ModeCoverage.measure(ring, Batch.of(2, points));

        assertEquals(8, coverage.modesCaptured());
        assertEquals(1.0, coverage.highQualityShare(), EXACT);
        assertEquals(0.0, coverage.reverseKl(), EXACT);
    }

    @Test
    void aCollapsedRingHasReverseKlOfLnEightOrLess() {
        ModeSet ring = ring8();
        // Three samples on mode 0, one on mode 2 (at (0, 1)), one between modes (at radius 0.5).
        Batch samples = Batch.of(2, new double[] {1, 0, 1, 0, 0.995, 0, 0, 1, 0.5, 0});
        ModeCoverage coverage = ModeCoverage.measure(ring, samples);

        assertEquals(2, coverage.modesCaptured());
        assertEquals(0.8, coverage.highQualityShare(), EXACT);
        // Histogram (3/4, 1/4) over 8 modes: 3/4 ln(6) + 1/4 ln(2) = 1.343826... + 0.173286... = 1.5171063970610277
        assertEquals(1.5171063970610277, coverage.reverseKl(), EXACT);

        ModeCoverage allOnOne = ModeCoverage.measure(ring, Batch.of(2, new double[] {1, 0, 1, 0.01}));
        assertEquals(1, allOnOne.modesCaptured());
        assertEquals(Math.log(8), allOnOne.reverseKl(), EXACT);
    }

    @Test
    void noHighQualitySampleMeansNoModeAndAnUndefinedKl() {
        ModeCoverage coverage = ModeCoverage.measure(ring8(), Batch.of(2, new double[] {0, 0, 5, 5}));

        assertEquals(0, coverage.modesCaptured());
        assertEquals(0.0, coverage.highQualityShare());
        assertTrue(Double.isNaN(coverage.reverseKl()));
    }

    @Test
    void worksInOneDimension() {
        ModeSet modes = new ModeSet(1, new double[] {-2, 2}, 0.5);
        // -2.6: 0.6 from -2, high quality. 0.4: nearest +2 at 1.6 > 1.5, low. 3.4: 1.4 from +2, high.
        ModeCoverage coverage = ModeCoverage.measure(modes, Batch.of(1, new double[] {-2.6, 0.4, 3.4, 3.4}));

        assertEquals(2, coverage.modesCaptured());
        assertEquals(0.75, coverage.highQualityShare(), EXACT);
        // (1/3, 2/3) against (1/2, 1/2): the mirror image of the first test.
        assertEquals(0.0566330122651324, coverage.reverseKl(), EXACT);
    }

    @Test
    void nearestModeTakesTheLowestIndexOnATie() {
        Batch midway = Batch.of(2, new double[] {5, 0});
        assertEquals(0, ModeCoverage.nearestMode(PAIR, midway, 0));
        assertEquals(1, ModeCoverage.nearestMode(PAIR, Batch.of(2, new double[] {5.001, 0}), 0));
    }

    @Test
    void rejectsSamplesOfAnotherDimension() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModeCoverage.measure(PAIR, Batch.of(1, new double[] {0})));
        assertTrue(e.getMessage().contains("dimension 1"), e.getMessage());
    }

    @Test
    void measuresAGeneratorOnFreshSamplesAndAsksAConditionalOneForEveryClass() {
        ModeSet ring = ring8();
        // A conditional "generator" that puts each sample exactly on the centre of its class.
        FrozenGan perfect = new CentreOfClassGenerator(ring);
        ModeCoverage coverage = ModeCoverage.ofGenerator(perfect, ring, LatentPrior.GAUSSIAN,
                ModeCoverage.BENCHMARK_SAMPLES, new SplittableRandom(1));

        assertEquals(8, coverage.modesCaptured());
        assertEquals(1.0, coverage.highQualityShare(), EXACT);
        // 2,500 uniform class draws over 8 classes: counts near 312.5 each, so KL is close to 0
        // (about (K - 1) / (2 N) = 0.0014 on average for a multinomial).
        assertTrue(coverage.reverseKl() >= 0 && coverage.reverseKl() < 0.01, "KL " + coverage.reverseKl());
    }

    /** Puts every sample on the centre of the mode its label names; the latent noise is ignored. */
    private record CentreOfClassGenerator(ModeSet modes) implements FrozenGan {
        @Override
        public int dataDim() {
            return 2;
        }

        @Override
        public int latentDim() {
            return 3;
        }

        @Override
        public int classes() {
            return modes.count();
        }

        @Override
        public boolean discriminatorIsProbability() {
            return true;
        }

        @Override
        public double[] generate(Batch latent) {
            double[] points = new double[latent.size() * 2];
            for (int i = 0; i < latent.size(); i++) {
                double[] c = modes.centre(latent.label(i));
                points[2 * i] = c[0];
                points[2 * i + 1] = c[1];
            }
            return points;
        }

        @Override
        public double[] discriminate(Batch points) {
            return new double[points.size()];
        }

        @Override
        public double[] discriminatorGradient(Batch points) {
            return new double[points.size() * 2];
        }
    }
}
