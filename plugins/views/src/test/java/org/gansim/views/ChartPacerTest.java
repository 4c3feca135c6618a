package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.ChartPanel;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

/** Charts take every value at once but redraw at a bounded rate, and always end on the newest data. */
class ChartPacerTest {

    @Test
    void manyUpdatesInAPeriodRedrawOnceAndTheLastOneIsDrawnWhenThePeriodEnds() throws Exception {
        XYSeries series = new XYSeries("values", false, true);
        ChartPanel[] panel = new ChartPanel[1];
        ChartPacer[] pacer = new ChartPacer[1];
        AtomicInteger redraws = new AtomicInteger();
        PlaneTesting.onEdt(() -> {
            panel[0] = Charts.lineChart("test", "Test", "value", series);
            panel[0].getChart().addChangeListener(e -> redraws.incrementAndGet());
            pacer[0] = new ChartPacer(panel[0].getChart());
        });
        int[] seenDuringBurst = new int[2];
        long[] burstNanos = new long[1];
        PlaneTesting.onEdt(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                int step = i;
                pacer[0].update(() -> {
                    series.add(step, step * 0.5, false);
                    series.fireSeriesChanged();
                });
            }
            burstNanos[0] = System.nanoTime() - start;
            seenDuringBurst[0] = redraws.get();
            seenDuringBurst[1] = series.getItemCount();
        });
        assertEquals(50, seenDuringBurst[1], "the data takes every update at once");
        // One redraw at once, and one more per period the burst reaches into: at most one more than
        // the periods it lasted (a burst as short as a millisecond can cross into the next period).
        long periods = burstNanos[0] * ChartPacer.MAX_PER_SECOND / 1_000_000_000L;
        assertTrue(seenDuringBurst[0] >= 1 && seenDuringBurst[0] <= 2 + periods,
                seenDuringBurst[0] + " redraws for 50 updates over " + burstNanos[0] / 1e6 + " ms");
        Thread.sleep(3 * 1000 / ChartPacer.MAX_PER_SECOND);
        int[] after = new int[1];
        boolean[] notifying = new boolean[1];
        PlaneTesting.onEdt(() -> {
            after[0] = redraws.get();
            notifying[0] = panel[0].getChart().isNotify();
        });
        assertTrue(after[0] >= seenDuringBurst[0] && after[0] <= seenDuringBurst[0] + 1,
                "the held updates are drawn once when the period ends: " + after[0] + " after " + seenDuringBurst[0]);
        assertTrue(notifying[0], "the chart notifies again between updates (zoom, options redraw at once)");
    }

    @Test
    void chartsMadeOneAfterAnotherRedrawInDifferentQuartersOfThePeriod() throws Exception {
        java.util.Set<Long> phases = new java.util.HashSet<>();
        PlaneTesting.onEdt(() -> {
            for (int i = 0; i < 4; i++) {
                phases.add(new ChartPacer(Charts.lineChart("c" + i, "C", "v", new XYSeries("s")).getChart()).phase());
            }
        });
        assertEquals(java.util.Set.of(0L, 50_000_000L, 100_000_000L, 150_000_000L), phases,
                "four charts, four phases a quarter of 200 ms apart");
    }
}
