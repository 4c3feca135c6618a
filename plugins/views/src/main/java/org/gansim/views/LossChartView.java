package org.gansim.views;

import java.awt.BasicStroke;
import java.awt.Color;
import javax.swing.JComponent;
import org.gansim.api.History;
import org.gansim.api.Snapshot;
import org.gansim.api.StepReport;
import org.gansim.api.View;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A JFreeChart line chart of D and G loss over the steps, kept in step with the snapshot's history.
 *
 * <p>JFreeChart is not thread-safe, and every method here runs on the Swing thread, the only one
 * that touches the dataset. New records are appended without notifying the chart, which is told
 * once per snapshot; when the history has been thinned out (long runs) the series are refilled.
 */
final class LossChartView implements View {

    static final Color D_COLOUR = new Color(148, 103, 189);
    static final Color G_COLOUR = DataSpaceCanvas.GENERATED;

    private final XYSeries discriminator = new XYSeries("D loss", false, true);
    private final XYSeries generator = new XYSeries("G loss", false, true);
    private final ChartPanel panel;
    private long firstStep = -1;
    private long lastStep = -1;
    private int recorded;

    LossChartView() {
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(discriminator);
        dataset.addSeries(generator);
        JFreeChart chart = ChartFactory.createXYLineChart("Losses", "step", "loss", dataset,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(13f));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(PlotFrame.GRID);
        plot.setRangeGridlinePaint(PlotFrame.GRID);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, D_COLOUR);
        renderer.setSeriesPaint(1, G_COLOUR);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        renderer.setSeriesStroke(1, new BasicStroke(1.5f));
        plot.setRenderer(renderer);
        panel = new ChartPanel(chart);
        panel.setName("lossChart");
        panel.setMouseWheelEnabled(true);
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void show(Snapshot snapshot) {
        History history = snapshot.history();
        int size = history.size();
        boolean continues = size >= recorded && recorded > 0
                && history.step(0) == firstStep && history.step(recorded - 1) == lastStep;
        int from = continues ? recorded : 0;
        if (!continues) {
            discriminator.clear();
            generator.clear();
            recorded = 0;
        }
        if (size == from && continues) {
            return;
        }
        for (int i = from; i < size; i++) {
            StepReport report = history.report(i);
            add(discriminator, history.step(i), report.get(StepReport.D_LOSS));
            add(generator, history.step(i), report.get(StepReport.G_LOSS));
        }
        recorded = size;
        firstStep = size == 0 ? -1 : history.step(0);
        lastStep = size == 0 ? -1 : history.step(size - 1);
        // One notification for the whole batch of new points.
        discriminator.fireSeriesChanged();
        generator.fireSeriesChanged();
    }

    private static void add(XYSeries series, long step, double value) {
        if (Double.isFinite(value)) {
            series.add(step, value, false);
        }
    }

    /** The D loss series, for tests. */
    XYSeries discriminatorSeries() {
        return discriminator;
    }

    /** The G loss series, for tests. */
    XYSeries generatorSeries() {
        return generator;
    }
}
