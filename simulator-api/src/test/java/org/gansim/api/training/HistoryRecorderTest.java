package org.gansim.api.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.gansim.api.StepReport;
import org.gansim.api.History;

class HistoryRecorderTest {

    private static StepReport loss(double value) {
        return StepReport.of(Map.of(StepReport.D_LOSS, value));
    }

    @Test
    void keepsEveryStepUntilFull() {
        HistoryRecorder recorder = new HistoryRecorder(8);
        for (long s = 1; s <= 7; s++) {
            recorder.record(s, loss(s));
        }
        History h = recorder.snapshot();
        assertEquals(7, h.size());
        assertEquals(1, h.step(0));
        assertEquals(7.0, h.latest().get(StepReport.D_LOSS));
    }

    @Test
    void staysBoundedOverALongRunAndSpansIt() {
        HistoryRecorder recorder = new HistoryRecorder(100);
        for (long s = 1; s <= 100_000; s++) {
            recorder.record(s, loss(s));
        }
        History h = recorder.snapshot();
        assertTrue(h.size() <= 100 && h.size() >= 50, "size " + h.size());
        assertTrue(h.step(h.size() - 1) > 99_000, "last kept step " + h.step(h.size() - 1));
        for (int i = 1; i < h.size(); i++) {
            assertEquals(recorder.stride(), h.step(i) - h.step(i - 1), "records are evenly spaced");
        }
        double[] series = h.series(StepReport.D_LOSS);
        assertEquals(h.step(3), (long) series[3], "values stay with their steps");
    }

    @Test
    void missingValuesReadAsNaNAndClearForgets() {
        HistoryRecorder recorder = new HistoryRecorder(4);
        recorder.record(1, loss(1));
        recorder.record(2, StepReport.of(Map.of(StepReport.G_LOSS, 2.0)));
        History h = recorder.snapshot();
        assertEquals(java.util.List.of(StepReport.D_LOSS, StepReport.G_LOSS), h.names());
        assertTrue(Double.isNaN(h.series(StepReport.D_LOSS)[1]));
        recorder.clear();
        assertEquals(0, recorder.snapshot().size());
    }
}
