package org.gansim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line's text, and that it redraws in place at most four times a second. */
class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aQuarterDoneAtEightHundredStepsPerSecond() {
        // 2,500 steps in 3.125 s: 800 steps/s, 7,500 left: 9.375 s, shown rounded up
        assertThat(ProgressBar.line(2_500, 10_000, 3_125_000_000L))
                .isEqualTo("[######------------------]  25% 2,500/10,000 steps  800 steps/s  ETA 10 s");
    }

    @Test
    void longRunsShowHoursAndDays() {
        assertThat(ProgressBar.line(1_000, 99_999_999_999L, SECOND))
                .isEqualTo("[------------------------]   0% 1,000/99,999,999,999 steps  1,000 steps/s  ETA 1,157 d 9 h");
        assertThat(ProgressBar.duration(59.2)).isEqualTo("1 min 00 s");
        assertThat(ProgressBar.duration(3 * 3600 + 7 * 60)).isEqualTo("3 h 07 min");
    }

    @Test
    void beforeAnyStepTheTimeLeftIsUnknownAndWhenDoneTheBarIsFull() {
        assertThat(ProgressBar.line(0, 100, SECOND)).endsWith("0 steps/s  ETA ?");
        assertThat(ProgressBar.line(100, 100, SECOND)).startsWith("[########################] 100% 100/100");
    }

    @Test
    void redrawsInPlaceAtMostFourTimesASecondThenClearsTheLine() {
        StringWriter screen = new StringWriter();
        ProgressBar bar = ProgressBar.on(new PrintWriter(screen));
        bar.update(10, 1000, SECOND / 10);
        bar.update(20, 1000, SECOND / 5);       // 0.1 s later: skipped
        bar.update(500, 1000, SECOND / 2);      // 0.4 s later: drawn
        bar.clear();
        String text = screen.toString();
        assertThat(text.split("\r", -1)).hasSize(5); // two lines drawn, then the wipe between two returns
        assertThat(text).contains(" 10/1,000 steps").contains(" 500/1,000 steps").doesNotContain(" 20/1,000")
                .doesNotContain("\n").endsWith("\r");
    }

    @Test
    void withoutATerminalNothingIsDrawn() {
        ProgressBar bar = ProgressBar.on(null);
        bar.update(10, 1000, SECOND); // would throw if it tried to draw
        bar.clear();
        // the test JVM of the build has its output on a pipe: the console bar draws nothing either
        assertThat(System.console()).isNull();
    }
}
