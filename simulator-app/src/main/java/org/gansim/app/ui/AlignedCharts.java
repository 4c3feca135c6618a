package org.gansim.app.ui;

import java.awt.Component;
import java.awt.Container;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * Puts the charts of the two columns on the same value axis, so the same height means the same loss
 * on both sides. The data-space views start on the same axes (both sides show the same target,
 * whose plot bounds fix them) and keep them through zooms and drags with {@link LinkedViewports}.
 *
 * <p>Chart views are plugins; the {@link org.gansim.api.View} interface has no way to ask one for a
 * range. But the built-in charts (and most a student writes) draw with JFreeChart, so the window finds
 * each column's {@link ChartPanel}s, pairs them by the view they belong to (a view that failed on one
 * side has no partner), and after
 * a view has shown a snapshot, records the range the view chose for itself. Both charts of a pair
 * then get the union of the two ranges. A view that is not a JFreeChart XY chart is left alone.
 *
 * <p>Only the value (vertical) axis is shared: the step axis already matches, because both runs are
 * at the same step.
 *
 * <p>Swing thread only (JFreeChart is not thread-safe).
 */
final class AlignedCharts {

    /** Where a chart keeps the range its own view chose, before the union replaced it. */
    private static final String OWN_RANGE = "gansim.compare.ownRange";

    private AlignedCharts() {
    }

    /**
     * Call after a column has shown a snapshot: records its charts' own ranges, then gives each pair
     * of charts the union of the two.
     *
     * @param shown the column that has just shown a snapshot
     * @param other the other column
     */
    static void align(Container shown, Container other) {
        Map<String, ChartPanel> fresh = charts(shown);
        Map<String, ChartPanel> partners = charts(other);
        for (ChartPanel chart : fresh.values()) {
            Range own = valueRange(chart);
            if (own != null) {
                chart.putClientProperty(OWN_RANGE, own);
            }
        }
        fresh.forEach((key, chart) -> {
            ChartPanel partner = partners.get(key);
            Range a = (Range) chart.getClientProperty(OWN_RANGE);
            Range b = partner == null ? null : (Range) partner.getClientProperty(OWN_RANGE);
            if (a == null || b == null) {
                return; // no partner, or it has not drawn yet: nothing to align with
            }
            Range both = Range.combine(a, b);
            setValueRange(chart, both);
            setValueRange(partner, both);
        });
    }

    /**
     * The ChartPanels inside {@code root}, each under the name of the view holding it ("view:loss-chart")
     * and its place among that view's charts: "view:loss-chart#0".
     */
    static Map<String, ChartPanel> charts(Container root) {
        Map<String, ChartPanel> found = new LinkedHashMap<>();
        collect(root, "", found);
        return found;
    }

    /** The value axis range a chart shows now, or null when it is not an XY chart. */
    static Range valueRange(ChartPanel panel) {
        ValueAxis axis = valueAxis(panel);
        return axis == null ? null : axis.getRange();
    }

    private static void setValueRange(ChartPanel panel, Range range) {
        ValueAxis axis = valueAxis(panel);
        if (axis != null && !range.equals(axis.getRange())) {
            axis.setRange(range);
        }
    }

    private static ValueAxis valueAxis(ChartPanel panel) {
        JFreeChart chart = panel.getChart();
        if (chart != null && chart.getPlot() instanceof XYPlot plot) {
            return plot.getRangeAxis();
        }
        return null;
    }

    private static void collect(Component component, String view, Map<String, ChartPanel> found) {
        String name = component.getName();
        String within = name != null && name.startsWith("view:") ? name : view;
        if (component instanceof ChartPanel panel) {
            int place = 0;
            while (found.containsKey(within + "#" + place)) {
                place++;
            }
            found.put(within + "#" + place, panel);
            return;
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, within, found);
            }
        }
    }
}
