package org.gansim.views;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.Range;

/**
 * An axis of training steps: whole steps only, a span of at least {@link #MIN_SPAN} steps, and never
 * below step 0. A new run (no point yet) or one opened from a file (one point) would otherwise be
 * labelled in fractions of a step, with the same step at every tick, or from step -5.
 *
 * <p>Swing thread only (JFreeChart is not thread-safe).
 */
final class StepAxis extends NumberAxis {

    /** The narrowest the axis gets. */
    static final double MIN_SPAN = 10;

    StepAxis() {
        super("step");
        setAutoRangeIncludesZero(false);
        setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        setAutoRangeMinimumSize(MIN_SPAN);
        setDefaultAutoRange(new Range(0, MIN_SPAN));
    }

    /** A step axis labelled and numbered in the fonts and colours of {@code like}, the axis it replaces. */
    static StepAxis like(ValueAxis like) {
        StepAxis steps = new StepAxis();
        steps.setLabelFont(like.getLabelFont());
        steps.setLabelPaint(like.getLabelPaint());
        steps.setTickLabelFont(like.getTickLabelFont());
        steps.setTickLabelPaint(like.getTickLabelPaint());
        return steps;
    }

    /** The range the data asks for, moved up to start at step 0 where widening it reached below. */
    @Override
    protected void autoAdjustRange() {
        super.autoAdjustRange();
        Range range = getRange();
        if (range.getLowerBound() < 0) {
            setRange(new Range(0, range.getLength()), false, false);
        }
    }
}
