package org.gansim.api.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSpecTest {

    private final ParamSpec.TextSpec file = ParamSpec.text("file", "Data file", "points.csv");

    @Test
    void keepsTextExactlyAsTyped() {
        Params params = Params.defaults(List.of(file));
        assertEquals("points.csv", params.getString("file"));
        String path = " /tmp/my data;1.csv\n";
        assertEquals(path, params.withText("file", path).getString("file"));
        assertEquals("", params.with("file", "").getString("file"));
        assertEquals(path, file.format(file.parse(path)));
    }

    @Test
    void refusesWhatIsNotText() {
        Params params = Params.defaults(List.of(file));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> params.with("file", 3));
        assertEquals("file must be any text, got 3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> params.with("file", null));
        assertThrows(IllegalArgumentException.class, () -> ParamSpec.text("file", "File", null));
        assertThrows(IllegalArgumentException.class, () -> ParamSpec.text("File", "File", ""));
    }

    @Test
    void refinementsKeepTheRest() {
        ParamSpec.TextSpec refined = file.describe("A CSV file of x,y rows.").resetRequired();
        assertEquals("A CSV file of x,y rows.", refined.description());
        assertFalse(refined.live());
        assertTrue(file.live());
        assertEquals("points.csv", refined.defaultValue());
        assertEquals("Data file", refined.label());
        assertEquals("any text", refined.validValues());
    }

    @Test
    void aDrawingIsTextThatSaysSoAndKeepsSayingItThroughRefinements() {
        assertFalse(file.drawing(), "plain text is not a drawing");
        ParamSpec.TextSpec points = ParamSpec.text("points", "Drawing", "0 0").drawnPoints();
        assertTrue(points.drawing());
        ParamSpec.TextSpec refined = points.describe("Hand-drawn points.").resetRequired();
        assertTrue(refined.drawing());
        assertEquals("Hand-drawn points.", refined.description());
        assertFalse(refined.live());
        assertEquals("0 0", refined.defaultValue());
        assertEquals(new ParamSpec.TextSpec("file", "Data file", "", "points.csv", true, false), file,
                "the five-value constructor makes plain text");
    }
}
