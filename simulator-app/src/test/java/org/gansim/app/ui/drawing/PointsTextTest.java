package org.gansim.app.ui.drawing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.app.plugins.PluginRegistry;
import org.junit.jupiter.api.Test;

class PointsTextTest {

    @Test
    void readsTheDocumentedFormatIntoOneStrokePerRunOfAClass() {
        PointsText.Read plain = PointsText.parse(" -1 0.5; 0,1 ;\n1   -0.25;\n");
        assertFalse(plain.labelled());
        assertEquals(1, plain.strokes().size());
        assertArrayEquals(new double[] {-1, 0.5, 0, 1, 1, -0.25}, plain.strokes().get(0).points());

        PointsText.Read labelled = PointsText.parse("0 0 1; 1 1 1; 2 2 0; 3 3 1");
        assertTrue(labelled.labelled());
        assertEquals(List.of(new Stroke(new double[] {0, 0, 1, 1}, 1), new Stroke(new double[] {2, 2}, 0),
                new Stroke(new double[] {3, 3}, 1)), labelled.strokes());

        assertTrue(PointsText.parse(" ; ").strokes().isEmpty(), "an empty drawing is the target's to refuse");
    }

    @Test
    void refusesWhatIsNotAPoint() {
        for (String bad : List.of("1", "1 2 3 4", "a b", "1 2; 3 4 0", "1 2 x", "1 2 -1", "NaN 0")) {
            assertThrows(IllegalArgumentException.class, () -> PointsText.parse(bad), bad);
        }
    }

    @Test
    void writesFourDecimalsWithOrWithoutLabels() {
        List<Stroke> strokes = List.of(new Stroke(new double[] {1.23456, -0.5, 0, 2.0}, 0),
                new Stroke(new double[] {-1e-7, 3}, 2));
        assertEquals("1.2346 -0.5; 0 2; 0 3", PointsText.format(strokes, false));
        assertEquals("1.2346 -0.5 0; 0 2 0; 0 3 2", PointsText.format(strokes, true));
        assertEquals("", PointsText.format(List.of(), true));
        PointsText.Read back = PointsText.parse(PointsText.format(strokes, true));
        assertEquals(List.of(0, 2), back.strokes().stream().map(Stroke::label).toList());
        assertArrayEquals(new double[] {1.2346, -0.5, 0, 2}, back.strokes().get(0).points(), 1e-12);
    }

    @Test
    void theDrawnTargetReadsWhatIsWrittenAndWhatItWritesIsRead() {
        try (PluginRegistry registry = PluginRegistry.load(List.of())) {
            TargetDistribution drawn = registry.target("drawn").orElseThrow();
            Params defaults = Params.defaults(drawn.params());
            String smiley = defaults.getString("points");
            PointsText.Read read = PointsText.parse(smiley);
            assertEquals(smiley, PointsText.format(read.strokes(), read.labelled()), "the default drawing round-trips");

            String labelled = PointsText.format(List.of(new Stroke(new double[] {-1, 0, -1, 0.5}, 0),
                    new Stroke(new double[] {1, 0}, 1)), true);
            Sampler sampler = drawn.create(defaults.with("points", labelled).with("noise", 0.0));
            assertEquals(2, sampler.classes());
            assertEquals(2, sampler.dimension());
        }
    }
}
