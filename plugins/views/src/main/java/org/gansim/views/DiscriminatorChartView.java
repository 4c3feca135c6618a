package org.gansim.views;

import javax.swing.JComponent;
import org.gansim.api.History;
import org.gansim.api.Snapshot;
import org.gansim.api.StepReport;
import org.gansim.api.View;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;

/**
 * D's verdicts over the steps: its accuracy on real and on generated samples (worked out on the
 * drawn samples of each snapshot) and its mean output on each (from the training history), with the
 * ½ line where both meet at the Nash equilibrium.
 *
 * <p>Swing thread only; D runs on the samples on a {@link LatestOnlyWorker}.
 */
final class DiscriminatorChartView implements View {

    private final XYSeries accuracyReal = new XYSeries("accuracy on real", false, true);
    private final XYSeries accuracyFake = new XYSeries("accuracy on fake", false, true);
    private final XYSeries meanReal = new XYSeries("mean D(real)", false, true);
    private final XYSeries meanFake = new XYSeries("mean D(fake)", false, true);
    private final ChartPanel panel;
    /** Holds the chart's redraws to a bounded rate; the data itself is updated for every snapshot. */
    private final ChartPacer pacer;
    private final LatestOnlyWorker<Verdicts> worker;
    private long lastStep = -1;
    private int recordedSize = -1;
    private long recordedNewest = -1;
    private RuntimeException failure;

    DiscriminatorChartView() {
        panel = Charts.lineChart("discriminatorChart", "D's verdicts", "share / mean output",
                accuracyReal, accuracyFake, meanReal, meanFake);
        XYPlot plot = panel.getChart().getXYPlot();
        plot.addRangeMarker(Charts.referenceLine(0.5, "\u00bd: D cannot tell (equilibrium)"));
        Charts.subtitle(panel.getChart(), "accuracy: share of the drawn samples D classifies correctly");
        panel.setToolTipText(DiscriminatorChartVisualization.EXPLANATION);
        ViewExport.installMenu(panel);
        pacer = new ChartPacer(panel.getChart());
        worker = new LatestOnlyWorker<>("gansim-d-verdicts", ChartPacer.MAX_PER_SECOND, this::accept,
                t -> failure = new IllegalStateException("D failed on the drawn samples: " + t, t));
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void show(Snapshot snapshot) {
        pacer.update(() -> update(snapshot));
    }

    private void update(Snapshot snapshot) {
        if (failure != null) {
            throw failure;
        }
        History history = snapshot.history();
        long newest = history.size() == 0 ? -1 : history.step(history.size() - 1);
        if (history.size() != recordedSize || newest != recordedNewest) {
            refillMeans(history);
            recordedSize = history.size();
            recordedNewest = newest;
        }
        if (snapshot.step() < lastStep) {
            accuracyReal.clear();
            accuracyFake.clear();
            lastStep = -1;
        }
        if (snapshot.step() > lastStep && snapshot.gan().discriminatorIsProbability()) {
            worker.submit(() -> Verdicts.of(snapshot));
        }
    }

    /** The mean outputs from the history, refilled only when it has changed. */
    private void refillMeans(History history) {
        meanReal.clear();
        meanFake.clear();
        for (int i = 0; i < history.size(); i++) {
            Charts.add(meanReal, history.step(i), history.report(i).get(StepReport.D_REAL));
            Charts.add(meanFake, history.step(i), history.report(i).get(StepReport.D_FAKE));
        }
        meanReal.fireSeriesChanged();
        meanFake.fireSeriesChanged();
    }

    private void accept(Verdicts v) {
        pacer.update(() -> acceptNow(v));
    }

    private void acceptNow(Verdicts v) {
        if (v.step() <= lastStep) {
            return;
        }
        lastStep = v.step();
        Charts.add(accuracyReal, v.step(), v.accuracyOnReal());
        Charts.add(accuracyFake, v.step(), v.accuracyOnFake());
        accuracyReal.fireSeriesChanged();
        accuracyFake.fireSeriesChanged();
    }

    @Override
    public void dispose() {
        worker.shutdown();
        pacer.stop();
    }

    XYSeries accuracyRealSeries() {
        return accuracyReal;
    }

    XYSeries accuracyFakeSeries() {
        return accuracyFake;
    }

    XYSeries meanRealSeries() {
        return meanReal;
    }
}
