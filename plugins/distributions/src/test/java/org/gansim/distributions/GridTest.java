package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.junit.jupiter.api.Test;

class GridTest implements TargetDistributionContract {

    private final Grid grid = new Grid();
    private final Params defaults = Params.defaults(grid.params());

    @Override
    public TargetDistribution createDistribution() {
        return new Grid();
    }

    @Test
    void twentyFiveModesOnTheGridWithTheirStdAndEqualShares() {
        Sampler sampler = grid.create(defaults);
        SampleStats stats = SampleStats.of(SampleStats.draw(sampler, 10_000, 42));
        ModeSet modes = sampler.modes().orElseThrow();
        assertEquals(25, modes.count());
        assertEquals(25, sampler.classes());
        // Hand-placed centres: row by row from the bottom left, spacing 2, centred on the origin.
        assertArrayEquals(new double[] {-4, -4}, modes.centre(0), 1e-12);
        assertArrayEquals(new double[] {4, -4}, modes.centre(4), 1e-12);
        assertArrayEquals(new double[] {0, -2}, modes.centre(7), 1e-12);
        assertArrayEquals(new double[] {0, 0}, modes.centre(12), 1e-12);
        assertArrayEquals(new double[] {4, 4}, modes.centre(24), 1e-12);
        for (int mode = 0; mode < 25; mode++) {
            double[] centre = modes.centre(mode);
            // 400 expected per mode, sd 19.6; mean standard error 0.05 / 20 = 0.0025; std relative error 3.5%.
            assertEquals(400, stats.count(mode), 90, "mode " + mode + " frequency");
            assertEquals(centre[0], stats.mean(mode, 0), 0.012, "mode " + mode + " x mean");
            assertEquals(centre[1], stats.mean(mode, 1), 0.012, "mode " + mode + " y mean");
            assertEquals(0.05, stats.std(mode, 0), 0.0075, "mode " + mode + " x std");
            assertEquals(0.05, stats.std(mode, 1), 0.0075, "mode " + mode + " y std");
        }
    }

    @Test
    void neighboursAreOneSpacingApartAndNoModeRepeats() {
        ModeSet modes = grid.create(defaults.with("size", 4).with("spacing", 1.5)).modes().orElseThrow();
        assertEquals(16, modes.count());
        double closest = Double.MAX_VALUE;
        for (int i = 0; i < 16; i++) {
            for (int j = i + 1; j < 16; j++) {
                double[] a = modes.centre(i);
                double[] b = modes.centre(j);
                closest = Math.min(closest, Math.hypot(a[0] - b[0], a[1] - b[1]));
            }
        }
        assertEquals(1.5, closest, 1e-12);
        // An even grid is centred too: its corners are at +-1.5 * 1.5.
        assertArrayEquals(new double[] {-2.25, -2.25}, modes.centre(0), 1e-12);
    }

    @Test
    void aGridOfOneIsASingleGaussianAtTheOrigin() {
        Sampler sampler = grid.create(defaults.with("size", 1));
        assertArrayEquals(new double[] {0, 0}, sampler.modes().orElseThrow().centre(0));
        assertTrue(sampler.bounds().maxX() > 0.15);
    }

    @Test
    void boundsHaveAMarginAroundTheOuterModes() {
        PlotBounds bounds = grid.create(defaults).bounds();
        assertTrue(bounds.maxX() > 4.3 && bounds.maxX() < 6, "right edge " + bounds.maxX());
        assertEquals(bounds.minY(), bounds.minX(), 1e-12);
    }

    @Test
    void sizeZeroAndNegativeStdAreRefused() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> defaults.with("size", 0));
        assertTrue(size.getMessage().startsWith("size") && size.getMessage().contains("1 to 15"), size.getMessage());
        IllegalArgumentException std = assertThrows(IllegalArgumentException.class, () -> defaults.withText("std", "-1"));
        assertTrue(std.getMessage().startsWith("std") && std.getMessage().contains("0.001"), std.getMessage());
    }
}
