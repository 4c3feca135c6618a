package org.gansim.api.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParamsTest {

    private static final List<ParamSpec> SPECS = List.of(
            ParamSpec.integer("modes", "Modes", 8, 1, 64),
            ParamSpec.decimal("std", "Std", 0.02, 1e-4, 10).logScale(),
            ParamSpec.choice("loss", "Loss", "non-saturating", "minimax", "non-saturating"),
            ParamSpec.bool("smooth", "Label smoothing", false),
            ParamSpec.intList("hidden", "Hidden", List.of(64, 64), 1, 1024).resetRequired());

    @Test
    void defaultsHoldEverySpecsDefault() {
        Params p = Params.defaults(SPECS);
        assertEquals(8, p.getInt("modes"));
        assertEquals(0.02, p.getDouble("std"));
        assertEquals("non-saturating", p.getString("loss"));
        assertFalse(p.getBoolean("smooth"));
        assertEquals(List.of(64, 64), p.getIntList("hidden"));
    }

    @Test
    void textIsParsedByKind() {
        Params p = Params.defaults(SPECS)
                .withText("modes", " 12 ")
                .withText("std", "1e-3")
                .withText("loss", "minimax")
                .withText("smooth", "TRUE")
                .withText("hidden", "32, 16,8");
        assertEquals(12, p.getInt("modes"));
        assertEquals(1e-3, p.getDouble("std"));
        assertEquals("minimax", p.getString("loss"));
        assertTrue(p.getBoolean("smooth"));
        assertEquals(List.of(32, 16, 8), p.getIntList("hidden"));
        assertEquals(List.of("modes", "std", "loss", "smooth", "hidden"), p.changedFrom(Params.defaults(SPECS)));
    }

    @Test
    void badValuesAreRefusedWithOneSentenceNamingKeyAndRange() {
        Params p = Params.defaults(SPECS);
        assertEquals("std must be a number from 0.0001 to 10, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> p.withText("std", "-1")).getMessage());
        assertEquals("modes must be an integer from 1 to 64, got 0",
                assertThrows(IllegalArgumentException.class, () -> p.withText("modes", "0")).getMessage());
        assertEquals("modes must be an integer from 1 to 64, got 'eight'",
                assertThrows(IllegalArgumentException.class, () -> p.withText("modes", "eight")).getMessage());
        assertEquals("loss must be one of minimax, non-saturating, got 'hinge'",
                assertThrows(IllegalArgumentException.class, () -> p.withText("loss", "hinge")).getMessage());
        assertEquals("hidden must be a comma-separated list of integers from 1 to 1024, got '64,,2'",
                assertThrows(IllegalArgumentException.class, () -> p.withText("hidden", "64,,2")).getMessage());
        assertEquals("Unknown parameter 'radius'; valid keys: modes, std, loss, smooth, hidden",
                assertThrows(IllegalArgumentException.class, () -> p.withText("radius", "1")).getMessage());
    }

    @Test
    void refusedChangesLeaveTheOriginalUntouched() {
        Params p = Params.defaults(SPECS);
        assertThrows(IllegalArgumentException.class, () -> p.withText("std", "nan"));
        assertEquals(0.02, p.getDouble("std"));
    }

    @Test
    void specsRejectDefaultsOutsideTheirRangeAndBadKeys() {
        assertThrows(IllegalArgumentException.class, () -> ParamSpec.integer("n", "N", 0, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> ParamSpec.decimal("lr", "LR", 0, 0, 1).logScale());
        assertThrows(IllegalArgumentException.class, () -> ParamSpec.choice("c", "C", "x", "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> ParamSpec.bool("Bad-Key", "B", true));
        assertThrows(IllegalArgumentException.class,
                () -> Params.defaults(List.of(ParamSpec.bool("a", "A", true), ParamSpec.bool("a", "A", false))));
    }

    @Test
    void liveFlagAndDescriptionSurviveRefinement() {
        ParamSpec spec = ParamSpec.decimal("lr", "LR", 1e-3, 1e-6, 1).logScale().describe("Step size");
        assertTrue(spec.live());
        assertEquals("Step size", spec.description());
        assertTrue(((ParamSpec.DecimalSpec) spec).logarithmic());
        assertFalse(spec.resetRequired().live());
    }
}
