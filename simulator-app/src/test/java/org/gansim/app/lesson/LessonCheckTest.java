package org.gansim.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import org.gansim.api.Batch;
import org.gansim.api.Snapshot;
import org.gansim.api.StepReport;
import org.gansim.api.training.HistoryRecorder;
import org.junit.jupiter.api.Test;

/** A check's measured values against values worked out by hand. */
class LessonCheckTest {

    /** d_loss 1, 3, 1, 3, ... for {@code steps} steps; generated points at x = 2 and x = 4. */
    private static Snapshot snapshot(int steps) {
        HistoryRecorder recorder = new HistoryRecorder(1024);
        for (int s = 1; s <= steps; s++) {
            recorder.record(s, StepReport.of(Map.of(StepReport.D_LOSS, s % 2 == 1 ? 1.0 : 3.0)));
        }
        Batch generated = Batch.of(1, new double[] {2, 4});
        return new Snapshot(steps, recorder.snapshot(), generated, generated, generated, null, null, false, 0);
    }

    private static double measure(String metric, Snapshot snapshot) {
        return new LessonCheck(metric, Double.NaN, Double.NaN, "").measure(snapshot, Optional.empty()).getAsDouble();
    }

    @Test
    void aReportValueIsItsMeanOverTheLastFiftySteps() {
        // 1 and 3 alternate: the mean is 2 whatever the window
        assertThat(measure("d_loss", snapshot(80))).isEqualTo(2.0);
        // three steps: 1, 3, 1
        assertThat(measure("d_loss", snapshot(3))).isCloseTo(5.0 / 3, within(1e-12));
    }

    @Test
    void sdIsHowMuchAValueSwingsAroundItsMean() {
        // 1 and 3 alternate around 2: every value is 1 away, so the standard deviation is 1
        assertThat(measure("sd(d_loss)", snapshot(80))).isCloseTo(1.0, within(1e-12));
        // 1, 3, 1: mean 5/3, squared distances 4/9, 16/9, 4/9, their mean 8/9
        assertThat(measure("sd(d_loss)", snapshot(3))).isCloseTo(Math.sqrt(8.0 / 9), within(1e-12));
    }

    @Test
    void generatedMeanIsWhereTheGeneratedPointsAre() {
        assertThat(measure("generated_mean", snapshot(1))).isEqualTo(3.0);
    }

    @Test
    void aValueTheRunDoesNotReportCannotPass() {
        LessonCheck check = new LessonCheck("sd(wasserstein)", 0, Double.NaN, "");
        assertThat(check.measure(snapshot(10), Optional.empty())).isEmpty();
        assertThat(check.passes(snapshot(10), Optional.empty())).isFalse();
    }

    @Test
    void aStepSwitchesTheVariantBeforeSettingTheOtherValues() {
        // the other values may be the new variant's own parameters, unknown to the old one
        LessonStep step = new LessonStep("", Map.of("variant.pack", "4", "variant", "pacgan", "train.batch", "64"),
                0, Optional.empty());
        assertThat(step.set().keySet()).containsExactly("variant", "train.batch", "variant.pack");
    }
}
