package org.gansim.views;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The look shared by the JFreeChart views: white backgrounds, light grid lines, thin lines in
 * colour-blind-safe colours (Okabe–Ito), and the dashed reference lines the lessons point at.
 *
 * <p>Swing thread only (JFreeChart is not thread-safe).
 */
final class Charts {

    /** Pixels kept free right of a chart, for half of the widest step label ("100,000") to fit. */
    static final int RIGHT_LABEL_ROOM = 16;

    private Charts() {
    }

    /** A line chart over the steps for {@code series}, styled; the panel's name is {@code name}. */
    static ChartPanel lineChart(String name, String title, String yLabel, XYSeries... series) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (XYSeries s : series) {
            dataset.addSeries(s);
        }
        NumberAxis x = new StepAxis();
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < series.length; i++) {
            renderer.setSeriesPaint(i, Palette.classColour(i));
            renderer.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        return panel(name, style(new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, true)));
    }

    static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(PlotFrame.GRID);
            plot.setRangeGridlinePaint(PlotFrame.GRID);
        }
        return chart;
    }

    static ChartPanel panel(String name, JFreeChart chart) {
        ChartPanel panel = scaledPanel(chart);
        panel.setName(name);
        panel.setMouseWheelEnabled(true);
        panel.setPreferredSize(new java.awt.Dimension(460, 300));
        return panel;
    }

    /**
     * A chart panel that draws its chart larger when the app's fonts are larger ({@link ViewScale}):
     * it lays the chart out on a smaller area and lets JFreeChart scale the drawing up, so titles,
     * tick labels and lines all grow together, and stay sharp (the scaling is of vector drawing).
     */
    static ChartPanel scaledPanel(JFreeChart chart) {
        // Lines snapped to the pixel grid: antialiased curves of a few thousand points draw in about
        // two thirds of the time of exact ("pure") strokes, which the eye cannot tell apart at a
        // chart's line width, and the Swing thread paints the charts while training runs.
        chart.getRenderingHints().put(java.awt.RenderingHints.KEY_STROKE_CONTROL,
                java.awt.RenderingHints.VALUE_STROKE_NORMALIZE);
        // The step axis centres its last label, say "10,000", on the plot's right edge: room for its
        // right half, which the plot's own 8-pixel inset does not leave.
        chart.setPadding(new RectangleInsets(0, 0, 0, RIGHT_LABEL_ROOM));
        return new ChartPanel(chart) {
            private float drawnAt = 1f;

            @Override
            public void paintComponent(java.awt.Graphics g) {
                float scale = ViewScale.now();
                if (scale != drawnAt) {
                    drawnAt = scale;
                    setRefreshBuffer(true); // the kept picture was drawn at the other scale
                }
                if (scale > 1.01f) {
                    setMaximumDrawWidth(Math.max(1, Math.round(getWidth() / scale)));
                    setMaximumDrawHeight(Math.max(1, Math.round(getHeight() / scale)));
                    setMinimumDrawWidth(Math.min(getMinimumDrawWidth(), getMaximumDrawWidth()));
                    setMinimumDrawHeight(Math.min(getMinimumDrawHeight(), getMaximumDrawHeight()));
                } else {
                    setMaximumDrawWidth(Math.max(DEFAULT_MAXIMUM_DRAW_WIDTH, getWidth()));
                    setMaximumDrawHeight(Math.max(DEFAULT_MAXIMUM_DRAW_HEIGHT, getHeight()));
                }
                super.paintComponent(g);
            }
        };
    }

    /**
     * A dashed horizontal line at {@code value} with a label: ½, 2·ln 2. The label sits at the right
     * end on a nearly opaque white patch, readable over the curves (on JFreeChart's default
     * translucent grey patch they showed through it).
     */
    static ValueMarker referenceLine(double value, String label) {
        ValueMarker marker = new ValueMarker(value, PlotFrame.AXIS,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5, 4}, 0));
        marker.setLabel(label);
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        marker.setLabelPaint(PlotFrame.AXIS);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 215));
        marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        return marker;
    }

    static void subtitle(JFreeChart chart, String text) {
        TextTitle title = new TextTitle(text, new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        title.setPaint(PlotFrame.AXIS);
        chart.addSubtitle(title);
    }

    /** Adds (step, value) without notifying, skipping values that are not finite. */
    static void add(XYSeries series, double step, double value) {
        if (Double.isFinite(value)) {
            series.add(step, value, false);
        }
    }
}
