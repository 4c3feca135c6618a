package org.gansim.views;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.jfree.data.Range;
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

    /** Records the moving averages run over. */
    static final int AVERAGE_OVER = 25;
    /** The vanilla D loss at the equilibrium: binary cross-entropy of ½ on real and on fake, 2 ln 2. */
    static final double VANILLA_EQUILIBRIUM = 2 * Math.log(2);
    /** Values the critic variants report, drawn when the history has them. */
    /** The setting keys, as an experiment file holds them. */
    static final String RECENT_ONLY = "recent_only";
    static final String MOVING_AVERAGE = "moving_average";
    private static final String[] CRITIC_VALUES = {StepReport.WASSERSTEIN, StepReport.GRADIENT_NORM, "penalty", "gp"};

    private final XYSeries discriminator = new XYSeries("D loss", false, true);
    private final XYSeries generator = new XYSeries("G loss", false, true);
    private final XYSeries discriminatorAverage = new XYSeries("D loss, mean of " + AVERAGE_OVER, false, true);
    private final XYSeries generatorAverage = new XYSeries("G loss, mean of " + AVERAGE_OVER, false, true);
    private final Map<String, XYSeries> critic = new LinkedHashMap<>();
    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final JCheckBox recentOnly = new JCheckBox("Scale to recent steps", true);
    private final JCheckBox average = new JCheckBox("Moving average", false);
    private final JPanel component = new JPanel(new BorderLayout());
    private final ChartPanel panel;
    /** Holds the chart's redraws to a bounded rate; the data itself is updated for every snapshot. */
    private final ChartPacer pacer;
    private History lastHistory = History.empty();
    private long firstStep = -1;
    private long lastStep = -1;
    private int recorded;

    LossChartView() {
        this(false);
    }

    /** @param vanilla whether the D loss is the vanilla GAN's, whose equilibrium value 2 ln 2 is drawn */
    LossChartView(boolean vanilla) {
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
        // In the fonts ChartFactory gave the chart's own axes, like the loss axis.
        plot.setDomainAxis(StepAxis.like(plot.getDomainAxis()));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, D_COLOUR);
        renderer.setSeriesPaint(1, G_COLOUR);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        renderer.setSeriesStroke(1, new BasicStroke(1.5f));
        renderer.setSeriesPaint(2, D_COLOUR.brighter());
        renderer.setSeriesPaint(3, G_COLOUR.darker());
        plot.setRenderer(renderer);
        if (vanilla) {
            plot.addRangeMarker(Charts.referenceLine(VANILLA_EQUILIBRIUM, "2·ln 2 ≈ 1.386: D loss at equilibrium"));
        }
        panel = Charts.scaledPanel(chart);
        panel.setName("lossChart");
        panel.setMouseWheelEnabled(true);
        panel.setToolTipText(LossChartVisualization.EXPLANATION);
        ViewExport.installMenu(panel);
        pacer = new ChartPacer(panel.getChart());
        recentOnly.setName("lossRecentOnly");
        recentOnly.setToolTipText("Scale the loss axis to the most recent half of the steps, so the large losses"
                + " of the first steps do not flatten the rest.");
        average.setName("lossAverage");
        average.setToolTipText("Add each loss's mean over the last " + AVERAGE_OVER + " records: the trend under the noise.");
        recentOnly.addActionListener(e -> rescale());
        average.addActionListener(e -> refreshAverages());
        JPanel options = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        options.setOpaque(false);
        options.add(recentOnly);
        options.add(average);
        component.add(options, BorderLayout.NORTH);
        component.add(panel, BorderLayout.CENTER);
    }

    @Override
    public JComponent component() {
        return component;
    }

    @Override
    public void show(Snapshot snapshot) {
        pacer.update(() -> update(snapshot));
    }

    private void update(Snapshot snapshot) {
        History history = snapshot.history();
        int size = history.size();
        boolean continues = size >= recorded && recorded > 0
                && history.step(0) == firstStep && history.step(recorded - 1) == lastStep;
        int from = continues ? recorded : 0;
        if (!continues) {
            discriminator.clear();
            generator.clear();
            recorded = 0;
            lastHistory = history;
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
        lastHistory = history;
        refreshCritic(history);
        // One notification for the whole batch of new points.
        discriminator.fireSeriesChanged();
        generator.fireSeriesChanged();
        refreshAverages();
    }

    /** The critic's values (Wasserstein estimate, gradient norm, penalty) when the history has them. */
    private void refreshCritic(History history) {
        for (String name : CRITIC_VALUES) {
            if (!history.names().contains(name)) {
                continue;
            }
            XYSeries series = critic.computeIfAbsent(name, n -> {
                XYSeries created = new XYSeries(label(n), false, true);
                dataset.addSeries(created);
                return created;
            });
            series.clear();
            double[] values = history.series(name);
            for (int i = 0; i < values.length; i++) {
                add(series, history.step(i), values[i]);
            }
            series.fireSeriesChanged();
        }
    }

    private static String label(String name) {
        return switch (name) {
            case StepReport.WASSERSTEIN -> "Wasserstein estimate";
            case StepReport.GRADIENT_NORM -> "critic gradient norm";
            default -> "penalty";
        };
    }

    private void refreshAverages() {
        boolean on = average.isSelected();
        for (XYSeries[] pair : new XYSeries[][] {{discriminator, discriminatorAverage}, {generator, generatorAverage}}) {
            XYSeries avg = pair[1];
            avg.clear();
            if (on) {
                double[] means = movingAverage(values(pair[0]), AVERAGE_OVER);
                for (int i = 0; i < means.length; i++) {
                    avg.add(pair[0].getX(i), means[i], false);
                }
                if (dataset.indexOf(avg) < 0) {
                    dataset.addSeries(avg);
                }
            } else if (dataset.indexOf(avg) >= 0) {
                dataset.removeSeries(avg);
            }
            avg.fireSeriesChanged();
        }
        rescale();
    }

    private static double[] values(XYSeries series) {
        double[] v = new double[series.getItemCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = series.getY(i).doubleValue();
        }
        return v;
    }

    /** The mean of each value and the {@code window - 1} before it (fewer at the start). */
    static double[] movingAverage(double[] values, int window) {
        double[] means = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            if (i >= window) {
                sum -= values[i - window];
            }
            means[i] = sum / Math.min(i + 1, window);
        }
        return means;
    }

    /**
     * With "recent steps" on, the loss axis spans the values of the most recent half of the recorded
     * steps (with a margin), so the first steps' spike does not flatten the curves; otherwise it
     * fits everything.
     */
    private void rescale() {
        NumberAxis axis = (NumberAxis) panel.getChart().getXYPlot().getRangeAxis();
        Range recent = recentOnly.isSelected() ? recentRange() : null;
        if (recent == null) {
            axis.setAutoRange(true);
            return;
        }
        double margin = Math.max(0.05 * recent.getLength(), 1e-3);
        axis.setRange(recent.getLowerBound() - margin, recent.getUpperBound() + margin);
    }

    /** The range of every drawn value at the most recent half of the recorded steps, or null. */
    Range recentRange() {
        if (lastHistory.size() < 2) {
            return null;
        }
        double from = lastHistory.step(lastHistory.size() / 2);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            XYSeries series = dataset.getSeries(s);
            for (int i = 0; i < series.getItemCount(); i++) {
                if (series.getX(i).doubleValue() >= from) {
                    double y = series.getY(i).doubleValue();
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
        }
        return lo <= hi ? new Range(lo, hi) : null;
    }

    void setRecentOnly(boolean on) {
        recentOnly.setSelected(on);
        rescale();
    }

    void setAverage(boolean on) {
        average.setSelected(on);
        refreshAverages();
    }

    /** The two options as text: recent_only and moving_average, true or false. */
    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(RECENT_ONLY, String.valueOf(recentOnly.isSelected()));
        settings.put(MOVING_AVERAGE, String.valueOf(average.isSelected()));
        return settings;
    }

    @Override
    public void applySettings(Map<String, String> settings) {
        Boolean recent = settings.containsKey(RECENT_ONLY) ? onOff(RECENT_ONLY, settings.get(RECENT_ONLY)) : null;
        Boolean mean = settings.containsKey(MOVING_AVERAGE) ? onOff(MOVING_AVERAGE, settings.get(MOVING_AVERAGE)) : null;
        if (recent != null) {
            setRecentOnly(recent);
        }
        if (mean != null) {
            setAverage(mean);
        }
    }

    private static boolean onOff(String key, String value) {
        if (!"true".equals(value) && !"false".equals(value)) {
            throw new IllegalArgumentException("The loss chart's " + key + " must be true or false, not '" + value + "'.");
        }
        return Boolean.parseBoolean(value);
    }

    /** The same two options as the check boxes above the chart, in the window's View menu. */
    @Override
    public void addMenuItems(javax.swing.JMenu menu) {
        for (JCheckBox box : List.of(recentOnly, average)) {
            javax.swing.JCheckBoxMenuItem item = new javax.swing.JCheckBoxMenuItem(box.getText(), box.isSelected());
            item.setName(box.getName() + "Item");
            item.setToolTipText(box.getToolTipText());
            item.addActionListener(e -> {
                if (box.isSelected() != item.isSelected()) {
                    box.doClick();
                }
            });
            box.addItemListener(e -> item.setSelected(box.isSelected()));
            menu.add(item);
        }
    }

    XYSeries discriminatorAverageSeries() {
        return discriminatorAverage;
    }

    ChartPanel chartPanel() {
        return panel;
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

    @Override
    public void dispose() {
        pacer.stop();
    }
}
