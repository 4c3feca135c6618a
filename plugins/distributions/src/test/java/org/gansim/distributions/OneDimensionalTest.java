package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.training.Batch;
import org.junit.jupiter.api.Test;

/** The 1-D targets: moments against closed forms, and y bounds that fit the density's peak. */
class OneDimensionalTest {

    private static final int N = 10_000;

    private static Params defaults(TargetDistribution target) {
        return Params.defaults(target.params());
    }

    @Test
    void gaussianHasItsMeanAndStdAndOneModeAndNoLabels() {
        Gaussian1d target = new Gaussian1d();
        Sampler sampler = target.create(defaults(target).with("mean", -1.5).with("std", 0.25));
        assertEquals(1, sampler.dimension());
        Batch batch = SampleStats.draw(sampler, N, 42);
        assertFalse(batch.hasLabels());
        SampleStats stats = SampleStats.of(batch);
        assertEquals(-1.5, stats.mean(-1, 0), 0.01);
        assertEquals(0.25, stats.std(-1, 0), 0.01);
        ModeSet mode = sampler.modes().orElseThrow();
        assertArrayEquals(new double[] {-1.5}, mode.centres());
        assertEquals(0.25, mode.std());
        // The peak density is 1 / (std sqrt(2 pi)) = 1.596; the plot leaves a little room above it.
        double peak = 1 / (0.25 * Math.sqrt(2 * Math.PI));
        PlotBounds bounds = sampler.bounds();
        assertEquals(0, bounds.minY());
        assertTrue(bounds.maxY() > peak && bounds.maxY() < 1.3 * peak, "top " + bounds.maxY());
        assertTrue(bounds.minX() < -2.5 && bounds.maxX() > -0.5, "x range " + bounds);
    }

    @Test
    void bimodalSplitsByTheLeftShare() {
        Bimodal1d target = new Bimodal1d();
        Sampler sampler = target.create(defaults(target).with("left_share", 0.3));
        assertEquals(2, sampler.classes());
        SampleStats stats = SampleStats.of(SampleStats.draw(sampler, N, 42));
        // Binomial(10000, 0.3): sd 46.
        assertEquals(3000, stats.count(0), 200);
        assertEquals(-2, stats.mean(0, 0), 0.05);
        assertEquals(2, stats.mean(1, 0), 0.05);
        assertEquals(0.5, stats.std(0, 0), 0.04);
        assertEquals(0.5, stats.std(1, 0), 0.04);
        assertArrayEquals(new double[] {-2, 2}, sampler.modes().orElseThrow().centres());
    }

    @Test
    void uniformHasTheMomentsOfItsIntervalAndStaysInside() {
        Uniform1d target = new Uniform1d();
        Sampler sampler = target.create(defaults(target).with("min", -1.0).with("max", 3.0));
        Batch batch = SampleStats.draw(sampler, N, 42);
        SampleStats stats = SampleStats.of(batch);
        // Uniform on [-1, 3]: mean 1, std 4 / sqrt(12).
        assertEquals(1, stats.mean(-1, 0), 0.05);
        assertEquals(4 / Math.sqrt(12), stats.std(-1, 0), 0.03);
        assertEquals(1, stats.share((x, y) -> x >= -1 && x < 3));
        assertEquals(0.25, stats.share((x, y) -> x < 0), 0.02);
        // The density is 1/4; the plot shows the edges with room on each side.
        PlotBounds bounds = sampler.bounds();
        assertEquals(0.3, bounds.maxY(), 1e-12);
        assertTrue(bounds.minX() < -1 && bounds.maxX() > 3);
        assertTrue(sampler.modes().isEmpty());
    }

    @Test
    void uniformRefusesAnEmptyInterval() {
        Uniform1d target = new Uniform1d();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> target.create(defaults(target).with("min", 2.0).with("max", 2.0)));
        assertEquals("uniform-1d: max must be greater than min, got min 2.0 and max 2.0", e.getMessage());
    }

    @Test
    void exponentialHasMeanAndStdOneOverRateAndItsMedian() {
        Exponential1d target = new Exponential1d();
        Sampler sampler = target.create(defaults(target).with("rate", 2.0));
        SampleStats stats = SampleStats.of(SampleStats.draw(sampler, N, 42));
        assertEquals(0.5, stats.mean(-1, 0), 0.02);
        assertEquals(0.5, stats.std(-1, 0), 0.03);
        assertEquals(1, stats.share((x, y) -> x >= 0));
        // The median is ln 2 / rate.
        assertEquals(0.5, stats.share((x, y) -> x < Math.log(2) / 2), 0.02);
        PlotBounds bounds = sampler.bounds();
        assertEquals(2.4, bounds.maxY(), 1e-12);
        assertTrue(bounds.maxX() > Math.log(1000) / 2);
    }

    @Test
    void mixtureHasEquallyLikelyModesEvenlySpacedAroundZero() {
        Mixture1d target = new Mixture1d();
        Sampler sampler = target.create(defaults(target));
        assertEquals(3, sampler.classes());
        SampleStats stats = SampleStats.of(SampleStats.draw(sampler, N, 42));
        double[] centres = {-3, 0, 3};
        for (int mode = 0; mode < 3; mode++) {
            assertEquals(3333, stats.count(mode), 210, "mode " + mode);
            assertEquals(centres[mode], stats.mean(mode, 0), 0.035, "mode " + mode + " mean");
            assertEquals(0.4, stats.std(mode, 0), 0.03, "mode " + mode + " std");
        }
        assertArrayEquals(centres, sampler.modes().orElseThrow().centres(), 1e-12);
        // Three well separated bumps of std 0.4: the peak is a third of 1 / (0.4 sqrt(2 pi)).
        double peak = 1 / (3 * 0.4 * Math.sqrt(2 * Math.PI));
        assertTrue(sampler.bounds().maxY() > peak && sampler.bounds().maxY() < 1.3 * peak);
    }

    @Test
    void aFourModeMixtureIsCentredToo() {
        assertArrayEquals(new double[] {-1.5, -0.5, 0.5, 1.5}, Mixture1d.centres(4, 1), 1e-12);
    }
}
