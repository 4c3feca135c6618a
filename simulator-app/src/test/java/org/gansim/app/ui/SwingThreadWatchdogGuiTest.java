package org.gansim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.gansim.app.ui.plugins.RobotClicks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Swing thread stays responsive while the window trains at full speed: the data space with every
 * layer on (the default) and three more views open, on the ring of Gaussians. Two measurements:
 * <ul>
 *   <li>the processor time the Swing thread spends on any one event (a paint of the views, a
 *       snapshot handed to them, a click), at most {@value #LONGEST_EVENT_CPU_MILLIS} ms: the goal of
 *       issue 12. One paint event draws every view that changed; on the shared two-core build
 *       machine, crowded to a load average of 11 by other builds, the longest event measured 18.6
 *       and 21.0 ms (a paint of the views), so the limit does not flake, and work such as D on the
 *       heat-map grid done on the Swing thread fails it. Processor time grows far less than waiting
 *       with other programs' load (only through shared caches);</li>
 *   <li>a watchdog posts a task to the Swing thread every 10 ms and measures how long each waits
 *       to run. That wait does grow with the machine's load: on the shared two-core build machine,
 *       with a load average of 12 to 14 from other builds, it reached 0.9 s while the window itself
 *       stayed under the CPU limit. The test allows {@value #LONGEST_WAIT_MILLIS} ms, enough not to
 *       flake there and still a failure for a Swing thread that hangs.</li>
 * </ul>
 * bench/views-speed.sh measures the wait on a quiet machine against the 50 ms goal.
 */
@NeedsADisplay
class SwingThreadWatchdogGuiTest {

    /** The most processor time the Swing thread may spend on one event, in milliseconds. */
    static final long LONGEST_EVENT_CPU_MILLIS = 50;
    /** The longest a task posted to the Swing thread may wait, in milliseconds (wall clock). */
    static final long LONGEST_WAIT_MILLIS = 5000;
    private static final long WARM_UP_MILLIS = 3000;
    private static final long WATCH_MILLIS = 6000;
    private static final List<String> MORE_VIEWS = List.of("architecture", "d-verdicts", "metrics");

    @TempDir
    Path home;

    private MainWindowUnderTest opened;


    @BeforeEach
    void openWindow() throws IOException {
        opened = MainWindowUnderTest.withBuiltIns(home.resolve("plugins"));
    }

    @AfterEach
    void closeWindow() {
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    void theSwingThreadIsNeverBlockedLongWhileTrainingAtFullSpeedWithFourViews() throws Exception {
        opened.chooseTarget("ring8");
        for (String id : MORE_VIEWS) {
            JMenuItem item = opened.window.menuItem("view:" + id).target();
            GuiActionRunner.execute(() -> {
                if (!item.isSelected()) {
                    item.doClick();
                }
            });
        }
        RobotClicks.waitUntil("the data space and three more views showing", () -> GuiActionRunner.execute(
                () -> opened.robot.finder().findAll(c -> c.isShowing() && c.getName() != null && List.of(
                        "dataSpaceCanvas", "architectureDiagram", "discriminatorChart", "metricsChart")
                        .contains(c.getName())).size() == 4));
        opened.window.button("playButton").click();
        RobotClicks.waitUntil("training under way", () -> opened.state().step() > 50);
        Thread.sleep(WARM_UP_MILLIS);

        TimedEventQueue timed = new TimedEventQueue();
        java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue().push(timed);
        long stepBefore = opened.state().step();
        long worst = 0;
        int tasks = 0;
        long end = System.nanoTime() + WATCH_MILLIS * 1_000_000;
        while (System.nanoTime() < end) {
            long posted = System.nanoTime();
            long[] ran = new long[1];
            SwingUtilities.invokeAndWait(() -> ran[0] = System.nanoTime());
            worst = Math.max(worst, ran[0] - posted);
            tasks++;
            Thread.sleep(10);
        }
        long steps = opened.state().step() - stepBefore;
        long longestEvent = timed.longest();
        String longestWhat = timed.longestWhat();
        long events = timed.events();
        timed.remove();
        opened.window.button("playButton").click();

        String measured = String.format(Locale.ROOT, "longest wait %.1f ms over %d tasks; longest event %.1f ms of"
                + " CPU (%s) over %d events; %d steps trained", worst / 1e6, tasks, longestEvent / 1e6, longestWhat,
                events, steps);
        System.out.println("Swing-thread watchdog: " + measured);
        assertThat(steps).as("training ran during the watch: " + measured).isPositive();
        assertThat(longestEvent / 1_000_000).as("one event kept the Swing thread busy too long: " + measured)
                .isLessThan(LONGEST_EVENT_CPU_MILLIS);
        assertThat(worst / 1_000_000).as("a task waited too long for the Swing thread: " + measured)
                .isLessThan(LONGEST_WAIT_MILLIS);
    }

    /** The system event queue, timing the processor time of every event it dispatches. */
    private static final class TimedEventQueue extends java.awt.EventQueue {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private volatile long longest;
        private volatile String longestWhat = "none";
        private volatile long events;

        @Override
        protected void dispatchEvent(java.awt.AWTEvent event) {
            long before = THREADS.getCurrentThreadCpuTime();
            try {
                super.dispatchEvent(event);
            } finally {
                long used = THREADS.getCurrentThreadCpuTime() - before;
                if (used > longest) {
                    longest = used;
                    longestWhat = describe(event);
                }
                events++;
            }
        }

        long longest() {
            return longest;
        }

        /** What the longest event was: its kind, and what posted or received it. */
        String longestWhat() {
            return longestWhat;
        }

        private static String describe(java.awt.AWTEvent event) {
            String source = event.getSource() == null ? "?" : event.getSource().getClass().getSimpleName();
            if (event instanceof java.awt.event.InvocationEvent invocation) {
                String text = invocation.paramString();
                int runnable = text.indexOf("runnable=");
                source = runnable < 0 ? source : text.substring(runnable + 9, Math.min(text.length(),
                        text.indexOf(',', runnable) < 0 ? text.length() : text.indexOf(',', runnable)));
            }
            return event.getClass().getSimpleName() + " from " + source;
        }

        long events() {
            return events;
        }

        /** Puts the previous queue back. */
        void remove() {
            pop();
        }
    }
}
