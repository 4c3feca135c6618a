package org.gansim.views;

import java.awt.Color;
import java.awt.Font;
import javax.swing.JComponent;
import org.gansim.api.ModeSet;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.metrics.ModeCoverage;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One bar per mode: the share of the drawn real and generated samples that land on it (within three
 * standard deviations of its centre). Under mode collapse the generated bars pile onto one or two
 * modes; when G hops from mode to mode, the bars rise and fall in turn.
 *
 * <p>Swing thread only; counting a thousand samples against the modes is cheap.
 */
final class ModeBarsView implements View {

    private final ModeSet modes;
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final ChartPanel panel;
    /** Holds the chart's redraws to a bounded rate; the data itself is updated for every snapshot. */
    private final ChartPacer pacer;
    private long lastStep = -1;

    ModeBarsView(ModeSet modes) {
        this.modes = modes;
        NumberAxis share = new NumberAxis("share of samples, %");
        share.setRange(0, 100);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, DataSpaceCanvas.REAL);
        renderer.setSeriesPaint(1, DataSpaceCanvas.GENERATED);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("mode"), share, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(PlotFrame.GRID);
        plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(100.0 / modes.count(), PlotFrame.AXIS,
                new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 1f,
                        new float[] {5, 4}, 0)));
        JFreeChart chart = new JFreeChart("Mode occupancy", new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, true);
        Charts.style(chart);
        Charts.subtitle(chart, "dashed: an equal share for every mode (" + String.format(java.util.Locale.ROOT,
                "%.1f", 100.0 / modes.count()) + " %)");
        panel = Charts.panel("modeBars", chart);
        panel.setToolTipText(ModeBarsVisualization.EXPLANATION);
        ViewExport.installMenu(panel);
        pacer = new ChartPacer(panel.getChart());
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
        if (snapshot.step() == lastStep && dataset.getColumnCount() > 0) {
            return;
        }
        lastStep = snapshot.step();
        int[] real = ModeCoverage.highQualityHistogram(modes, snapshot.real());
        int[] generated = ModeCoverage.highQualityHistogram(modes, snapshot.generated());
        dataset.setNotify(false);
        for (int i = 0; i < modes.count(); i++) {
            String mode = Integer.toString(i + 1);
            dataset.setValue(100.0 * real[i] / snapshot.real().size(), "real", mode);
            dataset.setValue(100.0 * generated[i] / snapshot.generated().size(), "generated", mode);
        }
        dataset.setNotify(true);
    }

    DefaultCategoryDataset dataset() {
        return dataset;
    }

    @Override
    public void dispose() {
        pacer.stop();
    }
}
