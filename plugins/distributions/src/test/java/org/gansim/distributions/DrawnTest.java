package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.gansim.distributions.support.Drawing;
import org.gansim.distributions.support.PointTable;
import org.junit.jupiter.api.Test;

class DrawnTest implements TargetDistributionContract {

    private final Drawn drawn = new Drawn();
    private final Params defaults = Params.defaults(drawn.params());

    private static String refusal(String text) {
        return assertThrows(IllegalArgumentException.class, () -> Drawing.parse(text)).getMessage();
    }

    @Override
    public TargetDistribution createDistribution() {
        return new Drawn();
    }

    @Test
    void readsPointsSeparatedBySemicolonsOrLinesWithSpacesOrCommas() {
        PointTable table = Drawing.parse(" -1 0.5; 0,1 ;\n1   -0.25;\n");
        assertArrayEquals(new double[] {-1, 0.5, 0, 1, 1, -0.25}, table.points());
        assertNull(table.labels());
        PointTable labelled = Drawing.parse("0 0 1; 1 1 0");
        assertArrayEquals(new int[] {1, 0}, labelled.labels());
        assertEquals(2, labelled.classes());
    }

    @Test
    void formatWritesWhatParseReads() {
        double[] points = {1.23456, -0.5, 0, 2.0, -1e-7, 3};
        assertEquals("1.2346 -0.5; 0 2; 0 3", Drawing.format(points, null));
        assertEquals("1.2346 -0.5 0; 0 2 1; 0 3 0", Drawing.format(points, new int[] {0, 1, 0}));
        assertArrayEquals(points, Drawing.parse(Drawing.format(points, null)).points(), 1e-4);
        assertEquals(Drawn.SMILEY, Drawing.format(Drawing.parse(Drawn.SMILEY).points(), null));
    }

    @Test
    void thePointsSayTheyAreADrawingSoTheAppOffersToDrawThem() {
        ParamSpec points = defaults.spec("points");
        assertTrue(points instanceof ParamSpec.TextSpec text && text.drawing());
    }

    @Test
    void anEmptyDrawingIsRefused() {
        assertEquals("drawn: the drawing is empty; draw at least one point.", refusal(""));
        assertEquals("drawn: the drawing is empty; draw at least one point.", refusal(" ; ;\n "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> drawn.create(defaults.with("points", "")));
        assertEquals("drawn: the drawing is empty; draw at least one point.", e.getMessage());
    }

    @Test
    void aFaultyPointIsNamed() {
        assertEquals("drawn: point 2 ('1 b'): 'b' is not a number from -1000 to 1000.",
                refusal("0 0; 1 b"));
        assertEquals("drawn: point 1 ('7') must be two numbers x y, optionally followed by a class label.",
                refusal("7; 1 1"));
        assertEquals("drawn: point 2 ('1 1 1') has a class label but point 1 has none; label every point or none.",
                refusal("0 0; 1 1 1"));
        assertEquals("drawn: point 1 ('0 0 x'): class label 'x' is not a whole number from 0 to 999.",
                refusal("0 0 x"));
        assertEquals("drawn: point 1 ('1e6 0'): '1e6' is not a number from -1000 to 1000.", refusal("1e6 0"));
        assertEquals("drawn: class labels must run from 0 to 2 without gaps, but no point has label 1.",
                refusal("0 0 0; 1 1 2"));
    }

    @Test
    void samplesAreTheDrawnPointsPlusNoiseOfTheChosenStd() {
        Sampler sampler = drawn.create(defaults.with("points", "0 0 0; 3 0 1").with("noise", 0.1));
        assertEquals(2, sampler.classes());
        SampleStats stats = SampleStats.of(SampleStats.draw(sampler, 10_000, 42));
        assertEquals(5000, stats.count(0), 200);
        for (int label = 0; label < 2; label++) {
            // Mean standard error 0.1 / sqrt(5000) = 0.0014; std relative error 1%.
            assertEquals(3.0 * label, stats.mean(label, 0), 0.007);
            assertEquals(0, stats.mean(label, 1), 0.007);
            assertEquals(0.1, stats.std(label, 0), 0.005);
            assertEquals(0.1, stats.std(label, 1), 0.005);
        }
    }

    @Test
    void theDefaultSmileySamplesStayNearItsPoints() {
        Sampler sampler = drawn.create(defaults);
        assertEquals(0, sampler.classes());
        double[] drawing = Drawing.parse(Drawn.SMILEY).points();
        assertEquals(2 * (48 + 12 + 17), drawing.length);
        Batch batch = SampleStats.draw(sampler, 2000, 1);
        for (int i = 0; i < batch.size(); i++) {
            double nearest = Double.MAX_VALUE;
            for (int p = 0; p < drawing.length / 2; p++) {
                nearest = Math.min(nearest, Math.hypot(batch.get(i, 0) - drawing[2 * p], batch.get(i, 1) - drawing[2 * p + 1]));
            }
            // Noise 0.04 on each axis: farther than 0.25 happens with probability exp(-0.25^2 / (2 0.04^2)) ~ 1e-8.
            assertTrue(nearest < 0.25, "sample far from every drawn point: " + nearest);
        }
        assertTrue(sampler.bounds().maxX() > 1.6 && sampler.bounds().maxY() > 1.6);
    }

    @Test
    void withoutNoiseSamplesAreExactlyTheDrawnPoints() {
        Sampler sampler = drawn.create(defaults.with("points", "0.5 -0.5").with("noise", 0.0));
        // A single point has no extent: the plot shows half a unit around it.
        assertEquals(new PlotBounds(0, 1, -1, 0), sampler.bounds());
        Batch batch = SampleStats.draw(sampler, 10, 3);
        for (int i = 0; i < batch.size(); i++) {
            assertEquals(0.5, batch.get(i, 0));
            assertEquals(-0.5, batch.get(i, 1));
        }
    }
}
