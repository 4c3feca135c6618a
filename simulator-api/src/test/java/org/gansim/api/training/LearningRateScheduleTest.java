package org.gansim.api.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    private static final double EXACT = 1e-15;

    @Test
    void constantKeepsTheRatesAsSetAtEveryStep() {
        LearningRateSchedule constant = new LearningRateSchedule("constant", 1000, 0.1);
        for (long step : new long[] {0, 1, 500, 1000, 1_000_000}) {
            assertEquals(1.0, constant.factor(step), "step " + step);
        }
        assertEquals(1.0, LearningRateSchedule.NONE.factor(123));
    }

    @Test
    void linearFallsInAStraightLineToTheFloorAndStaysThere() {
        LearningRateSchedule linear = new LearningRateSchedule("linear", 1000, 0.1);
        // 1 - (1 - 0.1) * step / 1000, worked out by hand.
        assertEquals(1.0, linear.factor(0), "the first step is at the rates as set");
        assertEquals(0.991, linear.factor(10), EXACT);
        assertEquals(0.775, linear.factor(250), EXACT);
        assertEquals(0.55, linear.factor(500), EXACT);
        assertEquals(0.1, linear.factor(1000));
        assertEquals(0.1, linear.factor(5000), "after the decay steps the floor holds");
    }

    @Test
    void cosineFollowsHalfACosineWaveToTheFloor() {
        LearningRateSchedule cosine = new LearningRateSchedule("cosine", 1000, 0.1);
        // 0.1 + 0.9 * (1 + cos(pi * step / 1000)) / 2, worked out by hand:
        // at 250 steps cos(pi / 4) = 0.70710678..., so 0.1 + 0.45 * 1.70710678... = 0.86819805...
        assertEquals(1.0, cosine.factor(0));
        assertEquals(0.8681980515339464, cosine.factor(250), EXACT);
        assertEquals(0.55, cosine.factor(500), EXACT, "halfway down at half the steps, as the linear one");
        assertEquals(0.2318019484660536, cosine.factor(750), EXACT);
        assertEquals(0.1, cosine.factor(1000));
        assertEquals(0.1, cosine.factor(2000));
    }

    @Test
    void aFloorOfZeroStopsLearningAtTheEnd() {
        LearningRateSchedule toZero = new LearningRateSchedule("linear", 4, 0);
        assertEquals(0.75, toZero.factor(1), EXACT);
        assertEquals(0.5, toZero.factor(2), EXACT);
        assertEquals(0.0, toZero.factor(4));
    }

    @Test
    void badValuesGetOneSentenceNamingTheValidRange() {
        assertEquals("A learning-rate schedule must be one of constant, linear, cosine, got 'step'",
                assertThrows(IllegalArgumentException.class,
                        () -> new LearningRateSchedule("step", 1000, 0.1)).getMessage());
        assertEquals("A learning-rate schedule's decay steps must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class,
                        () -> new LearningRateSchedule("linear", 0, 0.1)).getMessage());
        assertEquals("A learning-rate schedule's floor must be between 0 and 1, got 1.5",
                assertThrows(IllegalArgumentException.class,
                        () -> new LearningRateSchedule("linear", 1000, 1.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LearningRateSchedule("linear", 1000, Double.NaN));
    }
}
