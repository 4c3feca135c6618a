package org.gansim.views;

/**
 * The half-width of the critic's colour scale, smoothed over snapshots: each new robust range (a
 * high percentile of |score|, computed on the grid) moves the scale a fifth of the way, so the
 * colours settle instead of flickering when a few cells jump. Scores beyond it saturate.
 *
 * <p>Mutable; one thread at a time (the data space updates it on its worker, which sees every result).
 */
final class CriticRange {

    static final double SMOOTHING = 0.2;

    private double range = Double.NaN;

    /** Takes in a new robust range and returns the smoothed one. */
    double update(double robustRange) {
        if (!(robustRange > 0) || !Double.isFinite(robustRange)) {
            return current();
        }
        range = Double.isNaN(range) ? robustRange : range + SMOOTHING * (robustRange - range);
        return range;
    }

    /** The smoothed range, 1 before any value was seen. */
    double current() {
        return Double.isNaN(range) ? 1 : range;
    }

    void reset() {
        range = Double.NaN;
    }
}
