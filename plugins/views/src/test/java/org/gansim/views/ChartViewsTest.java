package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.gansim.api.Batch;
import org.gansim.api.Snapshot;
import org.gansim.api.metrics.BinnedDivergence;
import org.gansim.api.ViewContext;
import org.gansim.api.testkit.Snapshots;
import org.gansim.views.PlaneTesting.FormulaGan;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** The chart views follow the snapshots, with figures checked by hand. */
class ChartViewsTest {

    /** D = 0.9 left of x = 0.5 and 0.2 right of it; G puts z1 where it is. */
    private static final FormulaGan SPLIT = new FormulaGan(true, (x, y) -> x < 0.5 ? 0.9 : 0.2,
            (x, y) -> new double[] {0, 0}, z -> z);

    @Test
    void accuracyIsTheShareOfEachBatchDClassifiesCorrectly() throws Exception {
        // Real sample (0, 0): D = 0.9, right. Generated: (0, 0) D = 0.9 wrong; (1, 0) and (2, 0) D = 0.2 right.
        Snapshot s = PlaneTesting.snapshot(SPLIT, 0, 0, 1, 0, 2, 0);
        Verdicts v = Verdicts.of(s);
        assertEquals(1.0, v.accuracyOnReal(), 1e-12);
        assertEquals(2.0 / 3, v.accuracyOnFake(), 1e-12);
        // V = log 0.9 + (log 0.1 + 2 log 0.8) / 3.
        assertEquals(Math.log(0.9) + (Math.log(0.1) + 2 * Math.log(0.8)) / 3, v.objective(), 1e-12);

        DiscriminatorChartView view = new DiscriminatorChartView();
        PlaneTesting.onEdt(() -> view.show(s));
        long deadline = System.nanoTime() + 10_000_000_000L;
        int[] count = {0};
        while (count[0] == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
            PlaneTesting.onEdt(() -> count[0] = view.accuracyFakeSeries().getItemCount());
        }
        assertEquals(1, count[0], "one accuracy point per snapshot");
        assertEquals(2.0 / 3, view.accuracyFakeSeries().getY(0).doubleValue(), 1e-12);
        PlaneTesting.onEdt(view::dispose);
    }

    @Test
    void theMetricsChartAddsOnePointPerNewStepAndStartsAgainAfterAReset() throws Exception {
        ViewContext ring = Snapshots.context(2, 0);
        MetricsChartView view = new MetricsChartView(ring);
        PlaneTesting.onEdt(() -> {
            view.show(Snapshots.at(ring, 10));
            view.show(Snapshots.at(ring, 10));
            view.show(Snapshots.at(ring, 20));
        });
        assertEquals(2, view.binnedJsSeries().getItemCount());
        Snapshot s = Snapshots.at(ring, 20);
        double js = BinnedDivergence.measure(s.real(), s.generated(), ring.bounds(), MetricsChartView.GRID).js();
        assertEquals(js, view.binnedJsSeries().getY(1).doubleValue(), 1e-12);
        assertTrue(js > 0 && js <= Math.log(2), "JS lies in (0, ln 2]: " + js);
        PlaneTesting.onEdt(() -> view.show(Snapshots.at(ring, 3)));
        assertEquals(1, view.binnedJsSeries().getItemCount(), "a reset clears the curves");
    }

    /**
     * Seen in a screenshot of a new run: at step 0 no mode is captured and no sample is sharp, and the
     * modes and % axes, fitted to those zeros, read "-5E-9, 0E0, 5E-9". At that first point they read
     * from 0 to the ring's 8 modes and from 0 to 100%.
     */
    @Test
    void theModesAndQualityAxesSpanTheirWholeScaleFromTheFirstStep() throws Exception {
        ViewContext ring = Snapshots.context(2, 0);
        MetricsChartView view = new MetricsChartView(ring);
        List<XYPlot> plots = ((CombinedDomainXYPlot) ((ChartPanel) view.component()).getChart().getPlot()).getSubplots();
        // Three samples near the centre, far from the ring's modes (radius 2, std 0.1): as at a new run's start.
        Snapshot start = PlaneTesting.snapshot(SPLIT, 0, 0, 0.5, 0.5, -0.3, 0.2);
        PlaneTesting.onEdt(() -> view.show(start));
        assertEquals(0.0, view.modesCapturedSeries().getY(0).doubleValue(), 0, "no mode captured");
        ValueAxis modes = plots.get(0).getRangeAxis();
        ValueAxis percent = plots.get(1).getRangeAxis();
        assertEquals(0, modes.getLowerBound(), 0, "modes: " + modes.getRange());
        assertTrue(modes.getRange().contains(8) && modes.getUpperBound() < 9, "modes: " + modes.getRange());
        assertEquals(0, percent.getLowerBound(), 0, "%: " + percent.getRange());
        assertTrue(percent.getRange().contains(100) && percent.getUpperBound() < 110, "%: " + percent.getRange());
        PlaneTesting.onEdt(view::dispose);
    }

    /** Before the first point, and at an early one, the sample-quality chart's steps start at 0, not below. */
    @Test
    void theStepAxisNeverReachesBelowStepZero() throws Exception {
        ViewContext ring = Snapshots.context(2, 0);
        MetricsChartView view = new MetricsChartView(ring);
        NumberAxis steps = (NumberAxis) ((XYPlot) ((ChartPanel) view.component()).getChart().getPlot()).getDomainAxis();
        PlaneTesting.onEdt(() -> steps.configure());
        assertEquals(0, steps.getLowerBound(), 0, "no point yet: " + steps.getRange());
        PlaneTesting.onEdt(() -> view.show(Snapshots.at(ring, 2)));
        assertTrue(steps.getLowerBound() == 0 && steps.getRange().contains(2)
                && steps.getRange().getLength() >= StepAxis.MIN_SPAN, "one point at step 2: " + steps.getRange());
        PlaneTesting.onEdt(view::dispose);
    }

    /** A run opened from a file starts at a late step with one point: the axis keeps a span and whole steps. */
    @Test
    void aSinglePointKeepsTheStepAxisReadable() throws Exception {
        ViewContext ring = Snapshots.context(2, 0);
        MetricsChartView view = new MetricsChartView(ring);
        PlaneTesting.onEdt(() -> view.show(Snapshots.at(ring, 8000)));
        NumberAxis steps = (NumberAxis) ((XYPlot) ((ChartPanel) view.component()).getChart().getPlot()).getDomainAxis();
        assertTrue(steps.getRange().contains(8000) && steps.getRange().getLength() >= StepAxis.MIN_SPAN,
                "the step axis should span the point and at least a few steps: " + steps.getRange());
        assertEquals(1.0, steps.getStandardTickUnits().getCeilingTickUnit(0.01).getSize(), 0,
                "ticks should fall on whole steps");
        PlaneTesting.onEdt(view::dispose);
    }

    /**
     * A new run has no point yet: the loss chart's step axis reads 0 to 10 in whole steps, not 0.0 to
     * 1.0, in the same fonts as its loss axis.
     */
    @Test
    void anEmptyLossChartCountsWholeStepsFromZero() throws Exception {
        LossChartView view = new LossChartView(true);
        PlaneTesting.onEdt(() -> view.component());
        NumberAxis steps = (NumberAxis) view.chartPanel().getChart().getXYPlot().getDomainAxis();
        assertEquals(0, steps.getLowerBound(), 0, "no negative steps: " + steps.getRange());
        assertTrue(steps.getRange().getLength() >= StepAxis.MIN_SPAN, "a span of a few steps: " + steps.getRange());
        assertEquals(1.0, steps.getStandardTickUnits().getCeilingTickUnit(0.01).getSize(), 0,
                "ticks should fall on whole steps");
        ValueAxis losses = view.chartPanel().getChart().getXYPlot().getRangeAxis();
        assertEquals(losses.getLabelFont(), steps.getLabelFont(), "both axes are labelled alike");
        assertEquals(losses.getTickLabelFont(), steps.getTickLabelFont(), "both axes are numbered alike");
    }

    /**
     * Seen in a screenshot at step 9,697: the loss chart's last step label, 10,000, centred on the
     * plot's right edge, was cut by the panel's edge ("10,00"). Drawn at the chart's usual size, the
     * label's right half must fit inside the chart.
     */
    @Test
    void theLastStepLabelFitsInsideTheChart() throws Exception {
        LossChartView view = new LossChartView(true);
        PlaneTesting.onEdt(() -> view.component());
        JFreeChart chart = view.chartPanel().getChart();
        NumberAxis steps = (NumberAxis) chart.getXYPlot().getDomainAxis();
        steps.setRange(0, 10_000);
        int width = 460;
        BufferedImage image = new BufferedImage(width, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, 300), info);
        double plotRight = info.getPlotInfo().getDataArea().getMaxX();
        double labelHalf = g.getFontMetrics(steps.getTickLabelFont()).stringWidth("10,000") / 2.0;
        g.dispose();
        assertTrue(plotRight + labelHalf <= width,
                "the label ends at " + (plotRight + labelHalf) + ", beyond the chart's " + width + " pixels");
    }

    @Test
    void modeBarsShowTheShareOfSamplesOnEachMode() throws Exception {
        ViewContext ring = Snapshots.context(2, 0);
        ModeBarsView view = new ModeBarsView(ring.modes().orElseThrow());
        // Generated: two samples on mode 1 (2, 0), one on mode 3 (0, 2), one far from every mode.
        FormulaGan identity = new FormulaGan(true, (x, y) -> 0.5, (x, y) -> new double[] {0, 0}, z -> z);
        Snapshot s = PlaneTesting.snapshot(identity, 2, 0, 2.05, 0, 0, 2, 9, 9);
        PlaneTesting.onEdt(() -> view.show(s));
        assertEquals(50.0, view.dataset().getValue("generated", "1").doubleValue(), 1e-12);
        assertEquals(25.0, view.dataset().getValue("generated", "3").doubleValue(), 1e-12);
        assertEquals(0.0, view.dataset().getValue("generated", "2").doubleValue(), 1e-12);
    }

    @Test
    void dHistogramBinsOverZeroToOneAndCountsEverySample() {
        double[] counts = DHistogramView.histogram(new double[] {0, 0.01, 0.5, 0.999, 1}, 0, 1, 4);
        assertArrayEquals(new double[] {2, 0, 1, 2}, counts);
    }
}
