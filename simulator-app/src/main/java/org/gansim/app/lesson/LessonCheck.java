package org.gansim.app.lesson;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gansim.api.History;
import org.gansim.api.ModeSet;
import org.gansim.api.Snapshot;
import org.gansim.api.metrics.ModeCoverage;

/**
 * A check on a run: one measured value between bounds, e.g. "modes captured at least 7" or "D's mean
 * output on real points between 0.4 and 0.6". Values from the step reports (d_loss, d_real, ...) are
 * averaged over the last {@value #WINDOW} recorded steps, so a check does not flicker with one batch;
 * {@code sd(d_loss)} is instead how much such a value swings over those steps (its standard deviation).
 *
 * @param metric  {@code step}, {@code modes_captured}, a step report value such as {@code d_real}, or
 *                {@code sd(}a report value{@code )}
 * @param atLeast the lowest value that passes (NaN: no lower bound)
 * @param atMost  the highest value that passes (NaN: no upper bound)
 * @param says    what passing means, in the student's words
 */
public record LessonCheck(String metric, double atLeast, double atMost, String says) {

    /** How many recorded steps a report value is averaged over. */
    public static final int WINDOW = 50;

    /** The metrics a check may name beside the step report's values. */
    public static final String STEP = "step";
    public static final String MODES_CAPTURED = "modes_captured";
    /** Where the generated points are: the mean of their first coordinate (in 1-D, the orange curve's centre). */
    public static final String GENERATED_MEAN = "generated_mean";
    /** How a metric names the swing of a report value: {@code sd(d_loss)}. */
    public static final String SWING_OF = "sd(";

    /** The value now, when it can be measured on this run. */
    public OptionalDouble measure(Snapshot snapshot, Optional<ModeSet> modes) {
        if (STEP.equals(metric)) {
            return OptionalDouble.of(snapshot.step());
        }
        if (GENERATED_MEAN.equals(metric)) {
            return meanOfFirstCoordinate(snapshot.generated());
        }
        if (MODES_CAPTURED.equals(metric)) {
            if (modes.isEmpty() || modes.get().dimension() != snapshot.generated().dimension()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(ModeCoverage.measure(modes.get(), snapshot.generated()).modesCaptured());
        }
        boolean swing = metric.startsWith(SWING_OF) && metric.endsWith(")");
        String name = swing ? metric.substring(SWING_OF.length(), metric.length() - 1) : metric;
        History history = snapshot.history();
        if (history.size() == 0 || !history.names().contains(name)) {
            return OptionalDouble.empty();
        }
        double[] series = history.series(name);
        double sum = 0;
        double sumOfSquares = 0;
        int n = 0;
        for (int i = Math.max(0, series.length - WINDOW); i < series.length; i++) {
            if (!Double.isNaN(series[i])) {
                sum += series[i];
                sumOfSquares += series[i] * series[i];
                n++;
            }
        }
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double mean = sum / n;
        return OptionalDouble.of(swing ? Math.sqrt(Math.max(0, sumOfSquares / n - mean * mean)) : mean);
    }

    private static OptionalDouble meanOfFirstCoordinate(org.gansim.api.Batch points) {
        if (points.size() == 0) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (int i = 0; i < points.size(); i++) {
            sum += points.get(i, 0);
        }
        return OptionalDouble.of(sum / points.size());
    }

    /** Whether the run passes now. */
    public boolean passes(Snapshot snapshot, Optional<ModeSet> modes) {
        OptionalDouble value = measure(snapshot, modes);
        return value.isPresent() && (Double.isNaN(atLeast) || value.getAsDouble() >= atLeast)
                && (Double.isNaN(atMost) || value.getAsDouble() <= atMost);
    }

    /** "modes_captured ≥ 7", "0.4 ≤ d_real ≤ 0.6". */
    public String condition() {
        if (!Double.isNaN(atLeast) && !Double.isNaN(atMost)) {
            return number(atLeast) + " \u2264 " + metric + " \u2264 " + number(atMost);
        }
        return Double.isNaN(atMost) ? metric + " \u2265 " + number(atLeast) : metric + " \u2264 " + number(atMost);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
