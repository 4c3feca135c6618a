package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import org.gansim.api.Visualization;
import org.gansim.api.testkit.Snapshots;
import org.gansim.api.testkit.VisualizationContract;
import org.gansim.api.History;
import org.gansim.api.Snapshot;
import org.gansim.api.StepReport;
import org.gansim.api.ViewContext;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

class LossChartVisualizationTest implements VisualizationContract {

    @Override
    public Visualization createVisualization() {
        return new LossChartVisualization();
    }

    private final ViewContext context = Snapshots.context(2, 0);

    /** Runs on the Swing thread, the only one that may touch the chart's dataset. */
    private static void onEdt(Runnable work) throws Exception {
        SwingUtilities.invokeAndWait(work);
    }

    private static void assertSeriesFollow(History history, XYSeries series, String name) {
        assertEquals(history.size(), series.getItemCount(), name);
        for (int i = 0; i < history.size(); i++) {
            assertEquals(history.step(i), series.getX(i).longValue(), name + " step");
            assertEquals(history.report(i).get(name), series.getY(i).doubleValue(), 0, name);
        }
    }

    @Test
    void theSeriesAreTheHistorysLossesAndGrowWithIt() throws Exception {
        LossChartView view = new LossChartView();
        Snapshot early = Snapshots.at(context, 40);
        Snapshot later = Snapshots.at(context, 90);
        onEdt(() -> view.show(early));
        assertSeriesFollow(early.history(), view.discriminatorSeries(), StepReport.D_LOSS);
        onEdt(() -> view.show(later));
        assertSeriesFollow(later.history(), view.discriminatorSeries(), StepReport.D_LOSS);
        assertSeriesFollow(later.history(), view.generatorSeries(), StepReport.G_LOSS);
    }

    @Test
    void manyNewPointsNotifyTheChartOncePerSeries() throws Exception {
        LossChartView view = new LossChartView();
        onEdt(() -> view.show(Snapshots.at(context, 10)));
        AtomicInteger changes = new AtomicInteger();
        view.discriminatorSeries().addChangeListener(e -> changes.incrementAndGet());
        onEdt(() -> view.show(Snapshots.at(context, 500)));
        assertEquals(500, view.discriminatorSeries().getItemCount());
        assertEquals(1, changes.get(), "490 points added, one notification");
    }

    @Test
    void aResetOrAThinnedHistoryRefillsTheSeries() throws Exception {
        LossChartView view = new LossChartView();
        onEdt(() -> view.show(Snapshots.at(context, 200)));
        Snapshot reset = Snapshots.at(context, 5);
        onEdt(() -> view.show(reset));
        assertSeriesFollow(reset.history(), view.discriminatorSeries(), StepReport.D_LOSS);

        Snapshot thinned = Snapshots.at(context, 3000);
        assertTrue(thinned.history().size() < 3000, "the history of a long run is thinned out");
        onEdt(() -> view.show(thinned));
        assertSeriesFollow(thinned.history(), view.discriminatorSeries(), StepReport.D_LOSS);
        assertSeriesFollow(thinned.history(), view.generatorSeries(), StepReport.G_LOSS);
    }
}
