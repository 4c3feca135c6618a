package org.gansim.views;

import java.awt.BasicStroke;
import java.awt.Font;
import javax.swing.JComponent;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.metrics.BinnedDivergence;
import org.gansim.api.metrics.ModeCoverage;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * How good the generated samples are, over the steps, measured on each snapshot's drawn samples:
 * for targets with known modes the modes captured, the share of high-quality samples and the reverse
 * KL over the modes; for every 2-D target KL and JS between the binned real and generated samples.
 *
 * <p>Swing thread only. The measures count a thousand points against a handful of modes and a
 * 20 × 20 grid, cheap enough for the Swing thread once per new step.
 */
final class MetricsChartView implements View {

    /**
     * Bins per axis for KL and JS: 20 × 20 cells, coarse enough that the few hundred points of a
     * snapshot fill them.
     */
    static final int GRID = 20;

    private final ViewContext context;
    private final XYSeries modesCaptured = new XYSeries("modes captured", false, true);
    private final XYSeries highQuality = new XYSeries("high quality, %", false, true);
    private final XYSeries reverseKl = new XYSeries("reverse KL over modes", false, true);
    private final XYSeries binnedKl = new XYSeries("KL(real \u2016 generated), binned", false, true);
    private final XYSeries binnedJs = new XYSeries("JS, binned", false, true);
    private final ChartPanel panel;
    /** Holds the chart's redraws to a bounded rate; the data itself is updated for every snapshot. */
    private final ChartPacer pacer;
    private long lastStep = -1;

    MetricsChartView(ViewContext context) {
        this.context = context;
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(new StepAxis());
        int colour = 0;
        if (context.modes().isPresent()) {
            // Both have natural bounds; fixed to them, the axes read from 0 to all the target's modes and
            // 0 to 100% from the first step, when every value is 0 (an axis fitted to the data read -5E-9
            // to 5E-9 there). The session rebuilds the views whenever the modes change, so the count stays true.
            combined.add(withFixedRange(subplot("modes", colour++, modesCaptured), context.modes().get().count()), 1);
            combined.add(withFixedRange(subplot("%", colour++, highQuality), 100), 1);
        }
        XYSeries[] divergences = context.dataDim() == 2
                ? (context.modes().isPresent() ? new XYSeries[] {reverseKl, binnedKl, binnedJs}
                        : new XYSeries[] {binnedKl, binnedJs})
                : new XYSeries[] {reverseKl};
        combined.add(subplot("nats", colour, divergences), 2);
        JFreeChart chart = new JFreeChart("Sample quality", new Font(Font.SANS_SERIF, Font.BOLD, 13), combined, true);
        Charts.style(chart);
        String binning = "KL, JS: real and generated samples binned on a " + GRID + " \u00d7 " + GRID
                + " grid over the target's bounds (plus one bin outside), each normalised over all its samples.";
        if (context.dataDim() == 2) {
            // One short line: the chart shares its height with three plots and a legend, and a
            // three-line subtitle left the plots no room in a window of 1280 x 800 with six views.
            Charts.subtitle(chart, "KL, JS: binned on a " + GRID + " \u00d7 " + GRID + " grid (details in the tooltip)");
        }
        panel = Charts.panel("metricsChart", chart);
        panel.setToolTipText(context.dataDim() == 2
                ? MetricsChartVisualization.EXPLANATION + " " + binning : MetricsChartVisualization.EXPLANATION);
        ViewExport.installMenu(panel);
        pacer = new ChartPacer(panel.getChart());
    }

    private static XYPlot subplot(String axis, int firstColour, XYSeries... series) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < series.length; i++) {
            dataset.addSeries(series[i]);
            renderer.setSeriesPaint(i, Palette.classColour(firstColour + i));
            renderer.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        NumberAxis y = new NumberAxis(axis);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(dataset, null, y, renderer);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setDomainGridlinePaint(PlotFrame.GRID);
        plot.setRangeGridlinePaint(PlotFrame.GRID);
        return plot;
    }

    /**
     * The plot with its value axis fixed (no longer fitted to the data) from 0 to a little above
     * {@code top}, so that a line along the top stays clear of the plot's edge.
     */
    private static XYPlot withFixedRange(XYPlot plot, double top) {
        ((NumberAxis) plot.getRangeAxis()).setRange(0, top * 1.05);
        return plot;
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
        long step = snapshot.step();
        if (step < lastStep) {
            for (XYSeries s : new XYSeries[] {modesCaptured, highQuality, reverseKl, binnedKl, binnedJs}) {
                s.clear();
            }
            lastStep = -1;
        }
        if (step <= lastStep) {
            return;
        }
        lastStep = step;
        context.modes().ifPresent(modes -> {
            ModeCoverage coverage = ModeCoverage.measure(modes, snapshot.generated());
            Charts.add(modesCaptured, step, coverage.modesCaptured());
            Charts.add(highQuality, step, 100 * coverage.highQualityShare());
            Charts.add(reverseKl, step, coverage.reverseKl());
        });
        if (context.dataDim() == 2) {
            BinnedDivergence d = BinnedDivergence.measure(snapshot.real(), snapshot.generated(), context.bounds(), GRID);
            Charts.add(binnedKl, step, d.kl());
            Charts.add(binnedJs, step, d.js());
        }
        for (XYSeries s : new XYSeries[] {modesCaptured, highQuality, reverseKl, binnedKl, binnedJs}) {
            s.fireSeriesChanged();
        }
    }

    XYSeries binnedJsSeries() {
        return binnedJs;
    }

    XYSeries modesCapturedSeries() {
        return modesCaptured;
    }

    @Override
    public void dispose() {
        pacer.stop();
    }
}
