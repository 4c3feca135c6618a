package org.gansim.views;

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

    private final JFreeChart chart;
    private final Timer flush;
    private long lastDraw = System.nanoTime() - PERIOD_NANOS;

    ChartPacer(JFreeChart chart) {
        this.chart = chart;
        this.flush = new Timer((int) (PERIOD_NANOS / 1_000_000), e -> draw());
        this.flush.setRepeats(false);
    }

    /**
     * Runs {@code change} on the chart's data with the chart's notices held, then lets the chart redraw
     * now if the last redraw is a period old, or once the period is over.
     */
    void update(Runnable change) {
        chart.setNotify(false);
        try {
            change.run();
        } finally {
            long sinceDraw = System.nanoTime() - lastDraw;
            if (sinceDraw >= PERIOD_NANOS) {
                draw();
            } else if (!flush.isRunning()) {
                flush.setInitialDelay((int) Math.max(1, (PERIOD_NANOS - sinceDraw) / 1_000_000));
                flush.start();
            }
        }
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
