package org.gansim.views;

import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.Timer;
import org.jfree.chart.JFreeChart;

/**
 * Redraws a JFreeChart at most {@link #MAX_PER_SECOND} times a second however often its data
 * changes. The data is still updated for every snapshot (tests and exports see it at once); only
 * the chart's change notices, each of which redraws the whole chart, are held back and sent as one
 * when the period is over. Five redraws a second keep a chart live (a chart creeps; the data space
 * is where things move) and leave the Swing thread, the display and the cores to the data space and
 * to training: each redraw renders the whole chart and sends all its pixels to the display.
 *
 * <p>Swing thread only.
 */
final class ChartPacer {

    static final int MAX_PER_SECOND = 5;
    private static final long PERIOD_NANOS = 1_000_000_000L / MAX_PER_SECOND;
    /** Charts are spread over this many phases of the period. */
    private static final int PHASES = 4;
    private static final AtomicInteger CREATED = new AtomicInteger();

    private final JFreeChart chart;
    private final Timer flush;
    /**
     * Where in each period this chart may redraw. Charts made one after the other get different
     * quarters, so their redraws fall into different paints of the window: drawn together, three
     * charts would make one paint three times as long, and the Swing thread that long unresponsive.
     */
    private final long phase = (CREATED.getAndIncrement() % PHASES) * PERIOD_NANOS / PHASES;
    private long lastDraw = System.nanoTime() - PERIOD_NANOS;

    ChartPacer(JFreeChart chart) {
        this.chart = chart;
        this.flush = new Timer((int) (PERIOD_NANOS / 1_000_000), e -> draw());
        this.flush.setRepeats(false);
    }

    /**
     * Runs {@code change} on the chart's data with the chart's notices held, then lets the chart redraw
     * now if it has not redrawn in this period (counted from its phase), or when the next begins.
     */
    void update(Runnable change) {
        chart.setNotify(false);
        try {
            change.run();
        } finally {
            long now = System.nanoTime();
            if (period(now) > period(lastDraw)) {
                draw();
            } else if (!flush.isRunning()) {
                long nextPeriod = (period(now) + 1) * PERIOD_NANOS + phase;
                flush.setInitialDelay((int) Math.max(1, (nextPeriod - now) / 1_000_000 + 1));
                flush.start();
            }
        }
    }

    /** Which period of this chart's own clock {@code nanos} falls in. */
    private long period(long nanos) {
        return Math.floorDiv(nanos - phase, PERIOD_NANOS);
    }

    /** Where in each period this chart redraws, in nanoseconds; for tests. */
    long phase() {
        return phase;
    }

    /** Sends the held notices: the chart redraws once with everything that changed. */
    private void draw() {
        flush.stop();
        lastDraw = System.nanoTime();
        chart.setNotify(true);
    }

    /** Stops the pending redraw; for a view being removed. */
    void stop() {
        flush.stop();
    }
}
