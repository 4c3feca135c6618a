package org.gansim.app.session;

/**
 * How a loss series swings: cut into segments, the trend is the change between consecutive segment
 * means; {@code flips} counts its sign changes, {@code range} is the largest minus the smallest segment
 * mean, {@code scale} the mean absolute loss and {@code noise} the standard error of one segment mean.
 */
record Swing(int flips, double range, double scale, double noise) {

    /** The swing of {@code values} in {@code segments} equal parts, or null when a value is not finite. */
    static Swing of(double[] values, int segments) {
        int length = values.length / segments;
        double[] means = new double[segments];
        double within = 0;
        double absolute = 0;
        for (int s = 0; s < segments; s++) {
            double sum = 0;
            for (int i = s * length; i < (s + 1) * length; i++) {
                if (!Double.isFinite(values[i])) {
                    return null;
                }
                sum += values[i];
                absolute += Math.abs(values[i]);
            }
            means[s] = sum / length;
            for (int i = s * length; i < (s + 1) * length; i++) {
                within += (values[i] - means[s]) * (values[i] - means[s]);
            }
        }
        double withinVariance = within / (segments * (length - 1.0));
        int flips = 0;
        double lastTrend = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < segments; s++) {
            min = Math.min(min, means[s]);
            max = Math.max(max, means[s]);
            if (s > 0) {
                double trend = means[s] - means[s - 1];
                if (trend * lastTrend < 0) {
                    flips++;
                }
                if (trend != 0) {
                    lastTrend = trend;
                }
            }
        }
        return new Swing(flips, max - min, absolute / (segments * length), Math.sqrt(withinVariance / length));
    }

    /** The swing against the loss's own size (at least 0.1, so a loss near zero does not look huge). */
    double relative() {
        return range / Math.max(scale, 0.1);
    }

    /** Whether the segment means differ by far more than sampling noise would make them. */
    boolean aboveNoise() {
        return range > 6 * noise;
    }
}
