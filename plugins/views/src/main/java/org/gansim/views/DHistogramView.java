package org.gansim.views;

import java.awt.Color;
import java.awt.Font;
import javax.swing.JComponent;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Histograms of D's outputs on the drawn real and generated samples: early on two heaps at 1 and 0
 * (D tells them apart), at the equilibrium one heap at ½. For a critic the scores' own range is
 * binned.
 *
 * <p>Swing thread only; D runs on the samples on a {@link LatestOnlyWorker}.
 */
final class DHistogramView implements View {

    static final int BINS = 25;

    private final XYSeries real = new XYSeries("D(real)", true, false);
    private final XYSeries fake = new XYSeries("D(fake)", true, false);
    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final ChartPanel panel;
    /** Holds the chart's redraws to a bounded rate; the data itself is updated for every snapshot. */
    private final ChartPacer pacer;
    private final LatestOnlyWorker<Verdicts> worker;
    private RuntimeException failure;
    private long lastStep = -1;

    DHistogramView() {
        dataset.addSeries(real);
        dataset.addSeries(fake);
        XYBarRenderer renderer = new XYBarRenderer(0.05);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(31, 119, 180, 140));
        renderer.setSeriesPaint(1, new Color(255, 127, 14, 140));
        NumberAxis x = new NumberAxis("D's output");
        NumberAxis y = new NumberAxis("share of samples, %");
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart("D's outputs", new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, true);
        Charts.style(chart);
        panel = Charts.panel("discriminatorHistogram", chart);
        panel.setToolTipText(DHistogramVisualization.EXPLANATION);
        ViewExport.installMenu(panel);
        pacer = new ChartPacer(panel.getChart());
        worker = new LatestOnlyWorker<>("gansim-d-histogram", ChartPacer.MAX_PER_SECOND, this::accept,
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
        if (snapshot.step() != lastStep) {
            worker.submit(() -> Verdicts.of(snapshot));
        }
    }

    private void accept(Verdicts v) {
        pacer.update(() -> acceptNow(v));
    }

    private void acceptNow(Verdicts v) {
        lastStep = v.step();
        double lo = 0;
        double hi = 1;
        if (!v.probability()) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (double[] values : new double[][] {v.onReal(), v.onFake()}) {
                for (double d : values) {
                    lo = Math.min(lo, d);
                    hi = Math.max(hi, d);
                }
            }
            if (!(hi > lo)) {
                hi = lo + 1;
            }
        }
        // Bars exactly one bin wide: the automatic width of the collection does not know the bins.
        dataset.setIntervalWidth((hi - lo) / BINS);
        fill(real, v.onReal(), lo, hi);
        fill(fake, v.onFake(), lo, hi);
        NumberAxis x = (NumberAxis) panel.getChart().getXYPlot().getDomainAxis();
        x.setLabel(v.probability() ? "D's output (probability of real)" : "critic score");
        x.setRange(lo, hi);
    }

    /** Bar heights in percent of all the samples, at the centre of each of {@link #BINS} bins. */
    static void fill(XYSeries series, double[] values, double lo, double hi) {
        double[] counts = histogram(values, lo, hi, BINS);
        series.clear();
        double width = (hi - lo) / BINS;
        for (int b = 0; b < BINS; b++) {
            series.add(lo + (b + 0.5) * width, 100 * counts[b] / Math.max(1, values.length), false);
        }
        series.fireSeriesChanged();
    }

    static double[] histogram(double[] values, double lo, double hi, int bins) {
        double[] counts = new double[bins];
        for (double v : values) {
            if (Double.isFinite(v)) {
                int b = (int) Math.floor((v - lo) / (hi - lo) * bins);
                counts[Math.max(0, Math.min(bins - 1, b))]++;
            }
        }
        return counts;
    }

    @Override
    public void dispose() {
        worker.shutdown();
        pacer.stop();
    }

    XYSeries realSeries() {
        return real;
    }
}
