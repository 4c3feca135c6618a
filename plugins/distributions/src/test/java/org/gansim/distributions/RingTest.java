package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.junit.jupiter.api.Test;

class RingTest implements TargetDistributionContract {

    private static final int N = 10_000;
    private final Ring ring = new Ring();
    private final Params defaults = Params.defaults(ring.params());

    @Override
    public TargetDistribution createDistribution() {
        return new Ring();
    }

    @Test
    void modesSitAtTheHandComputedCentresWithTheirStd() {
        Batch batch = SampleStats.draw(ring.create(defaults), N, 42);
        SampleStats stats = SampleStats.of(batch);
        double s = Math.sqrt(2);
        double[][] expected = {{2, 0}, {s, s}, {0, 2}, {-s, s}, {-2, 0}, {-s, -s}, {0, -2}, {s, -s}};
        for (int mode = 0; mode < 8; mode++) {
            // The standard error of a mode mean is 0.02 / sqrt(1250) = 0.0006; allow five of them.
            assertEquals(expected[mode][0], stats.mean(mode, 0), 0.003, "mode " + mode + " x mean");
            assertEquals(expected[mode][1], stats.mean(mode, 1), 0.003, "mode " + mode + " y mean");
            // The relative standard error of a std over 1250 points is 2%; allow 10%.
            assertEquals(0.02, stats.std(mode, 0), 0.002, "mode " + mode + " x std");
            assertEquals(0.02, stats.std(mode, 1), 0.002, "mode " + mode + " y std");
        }
    }

    @Test
    void modesAreDrawnEquallyOften() {
        SampleStats stats = SampleStats.of(SampleStats.draw(ring.create(defaults), N, 7));
        for (int mode = 0; mode < 8; mode++) {
            // Binomial(10000, 1/8): mean 1250, sd 33; allow about 4.5 sd.
            assertEquals(1250, stats.count(mode), 150, "mode " + mode + " frequency");
        }
    }

    @Test
    void everySampleIsLabelledWithItsNearestMode() {
        Sampler sampler = ring.create(defaults);
        ModeSet modes = sampler.modes().orElseThrow();
        Batch batch = SampleStats.draw(sampler, 2000, 3);
        for (int row = 0; row < batch.size(); row++) {
            int nearest = 0;
            double best = Double.MAX_VALUE;
            for (int m = 0; m < modes.count(); m++) {
                double[] c = modes.centre(m);
                double d = Math.hypot(batch.get(row, 0) - c[0], batch.get(row, 1) - c[1]);
                if (d < best) {
                    best = d;
                    nearest = m;
                }
            }
            assertEquals(nearest, batch.label(row));
        }
    }

    @Test
    void theSameSeedGivesTheSameSamplesAndAnotherSeedOthers() {
        Sampler sampler = ring.create(defaults);
        Batch first = SampleStats.draw(sampler, 500, 11);
        Batch again = SampleStats.draw(ring.create(defaults), 500, 11);
        Batch other = SampleStats.draw(sampler, 500, 12);
        assertArrayEquals(first.points(), again.points());
        assertArrayEquals(first.labels(), again.labels());
        assertNotEquals(first, other);
    }

    @Test
    void noModeIsRepeated() {
        for (int k : new int[] {1, 2, 3, 8, 64}) {
            Sampler sampler = ring.create(defaults.with("modes", k).with("radius", 3.0));
            ModeSet modes = sampler.modes().orElseThrow();
            assertEquals(k, modes.count());
            assertEquals(k, sampler.classes());
            if (k == 1) {
                continue;
            }
            // Neighbours on a circle of radius r are a chord 2 r sin(pi/k) apart, and no pair is closer.
            double chord = 2 * 3 * Math.sin(Math.PI / k);
            double closest = Double.MAX_VALUE;
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    double[] a = modes.centre(i);
                    double[] b = modes.centre(j);
                    closest = Math.min(closest, Math.hypot(a[0] - b[0], a[1] - b[1]));
                }
            }
            assertEquals(chord, closest, 1e-9, "closest pair of " + k + " modes");
        }
    }

    @Test
    void modeSetReportsCentresAndSpread() {
        ModeSet modes = ring.create(defaults.with("std", 0.1)).modes().orElseThrow();
        assertEquals(2, modes.dimension());
        assertEquals(0.1, modes.std());
        assertArrayEquals(new double[] {0, 2}, modes.centre(2), 1e-12);
    }

    @Test
    void boundsHoldEverySampleWithAMargin() {
        Sampler sampler = ring.create(defaults);
        PlotBounds bounds = sampler.bounds();
        assertTrue(bounds.maxX() > 2.2 && bounds.maxX() < 3.5, "right edge " + bounds.maxX());
        assertEquals(-bounds.minX(), bounds.maxX(), 1e-12);
        assertEquals(bounds.width(), bounds.height(), 1e-12);
        Batch batch = SampleStats.draw(sampler, N, 5);
        for (int row = 0; row < batch.size(); row++) {
            assertTrue(batch.get(row, 0) > bounds.minX() && batch.get(row, 0) < bounds.maxX());
            assertTrue(batch.get(row, 1) > bounds.minY() && batch.get(row, 1) < bounds.maxY());
        }
    }

    @Test
    void badParametersAreRefusedNamingTheParameterAndTheRange() {
        IllegalArgumentException std = assertThrows(IllegalArgumentException.class, () -> defaults.with("std", -0.1));
        assertTrue(std.getMessage().contains("std") && std.getMessage().contains("0.001"), std.getMessage());
        IllegalArgumentException modes = assertThrows(IllegalArgumentException.class, () -> defaults.with("modes", 0));
        assertTrue(modes.getMessage().contains("modes") && modes.getMessage().contains("1 to 64"), modes.getMessage());
        IllegalArgumentException radius = assertThrows(IllegalArgumentException.class,
                () -> defaults.withText("radius", "0"));
        assertTrue(radius.getMessage().contains("radius"), radius.getMessage());
    }
}
