package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.gansim.api.Batch;
import org.gansim.api.Snapshot;
import org.gansim.api.StepReport;
import org.gansim.api.testkit.Snapshots;
import org.gansim.api.training.HistoryRecorder;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;

/** The loss chart stays readable after the first steps' spike, averages on request, shows critic values. */
class LossChartOptionsTest {

    private static Snapshot withHistory(double firstLoss, boolean critic) {
        HistoryRecorder recorder = new HistoryRecorder(1024);
        for (int s = 1; s <= 100; s++) {
            double d = s == 1 ? firstLoss : 1.3 + 0.01 * (s % 3);
            StepReport report = StepReport.of(Map.of(StepReport.D_LOSS, d, StepReport.G_LOSS, 0.7));
            if (critic) {
                report = report.with(StepReport.WASSERSTEIN, 0.5).with(StepReport.GRADIENT_NORM, 1.0);
            }
            recorder.record(s, report);
        }
        Snapshot t = Snapshots.at(Snapshots.context(2, 0), 1);
        return new Snapshot(100, recorder.snapshot(), t.real(), t.latent(), t.generated(), t.gan(), t.params(), false, 0);
    }

    @Test
    void theRecentScaleLeavesOutTheFirstStepsSpike() throws Exception {
        LossChartView view = new LossChartView(true);
        PlaneTesting.onEdt(() -> view.show(withHistory(80, false)));
        ValueAxis axis = view.chartPanel().getChart().getXYPlot().getRangeAxis();
        assertTrue(axis.getUpperBound() < 2, "the spike of 80 at step 1 is off the scale: " + axis.getRange());
        assertTrue(axis.getLowerBound() < 0.7 && axis.getUpperBound() > 1.32, "every recent value is on it");
        PlaneTesting.onEdt(() -> view.setRecentOnly(false));
        assertTrue(axis.getUpperBound() >= 80, "without it the whole history fits: " + axis.getRange());
        assertEquals(LossChartView.VANILLA_EQUILIBRIUM,
                view.chartPanel().getChart().getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                        .iterator().next() instanceof org.jfree.chart.plot.ValueMarker m ? m.getValue() : -1, 1e-12);
    }

    @Test
    void theMovingAverageIsTheMeanOfTheLastRecords() {
        // By hand, window 2: 1, (1+3)/2, (3+5)/2, (5+7)/2.
        assertArrayEquals(new double[] {1, 2, 4, 6}, LossChartView.movingAverage(new double[] {1, 3, 5, 7}, 2), 1e-12);
    }

    @Test
    void averagesAndCriticValuesAppearWhenAskedFor() throws Exception {
        LossChartView view = new LossChartView(false);
        PlaneTesting.onEdt(() -> {
            view.show(withHistory(2, true));
            view.setAverage(true);
        });
        assertEquals(100, view.discriminatorAverageSeries().getItemCount());
        int series = view.chartPanel().getChart().getXYPlot().getDataset().getSeriesCount();
        assertEquals(6, series, "D, G, their averages, the Wasserstein estimate and the gradient norm");
    }

    @Test
    void theOptionsAreSettingsAndMenuItems() throws Exception {
        LossChartView saved = new LossChartView(true);
        LossChartView reopened = new LossChartView(true);
        javax.swing.JMenu menu = new javax.swing.JMenu("Losses");
        PlaneTesting.onEdt(() -> {
            saved.addMenuItems(menu);
            ((javax.swing.JCheckBoxMenuItem) menu.getItem(1)).doClick(); // Moving average, from the menu
            reopened.applySettings(saved.settings());
        });
        java.util.Map<String, String> expected = java.util.Map.of("recent_only", "true", "moving_average", "true");
        assertEquals(expected, saved.settings(), "the menu item switched the moving average on");
        assertEquals(expected, reopened.settings(), "a new chart took the settings back");
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> reopened.applySettings(java.util.Map.of("moving_average", "yes")));
        assertEquals("The loss chart's moving_average must be true or false, not 'yes'.", refused.getMessage());
    }
}
