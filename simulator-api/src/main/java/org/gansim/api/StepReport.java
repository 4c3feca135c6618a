package org.gansim.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one training step measured, by name: losses, D's mean outputs on real and fake samples, its
 * accuracy, and whatever else a variant reports (the critic's distance estimate, a gradient norm).
 *
 * <p>Immutable. Names are lower-case with underscores; they become column names in metrics files
 * and series names in charts.
 *
 * @since 1
 */
public final class StepReport {

    /** The discriminator's (or critic's) loss. */
    public static final String D_LOSS = "d_loss";
    /** The generator's loss. */
    public static final String G_LOSS = "g_loss";
    /** Mean D output on real samples: a probability, or a critic score for Wasserstein variants. */
    public static final String D_REAL = "d_real";
    /** Mean D output on generated samples. */
    public static final String D_FAKE = "d_fake";
    /** Share of real and fake samples D classifies correctly, from 0 to 1. */
    public static final String D_ACCURACY = "d_accuracy";
    /** The critic's estimate of the Wasserstein-1 distance (Wasserstein variants). */
    public static final String WASSERSTEIN = "wasserstein";
    /** The mean norm of the critic's gradient at the penalty points (WGAN-GP). */
    public static final String GRADIENT_NORM = "grad_norm";
    /** The mean norm of the generator's loss gradient with respect to its output samples. */
    public static final String G_GRADIENT_NORM = "g_grad_norm";

    private static final StepReport EMPTY = new StepReport(Map.of());

    private final Map<String, Double> values;

    private StepReport(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static StepReport empty() {
        return EMPTY;
    }

    /** A report from name/value pairs, kept in the given order. */
    public static StepReport of(Map<String, Double> values) {
        return new StepReport(values);
    }

    /** A report with one more value (replacing an earlier one of the same name). */
    public StepReport with(String name, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new StepReport(copy);
    }

    /** This report's values followed by {@code later}'s, which win where both have a name. */
    public StepReport merge(StepReport later) {
        Map<String, Double> copy = new LinkedHashMap<>(values);
        copy.putAll(later.values);
        return new StepReport(copy);
    }

    /** The value of {@code name}, or NaN when this step did not measure it. */
    public double get(String name) {
        Double v = values.get(name);
        return v == null ? Double.NaN : v;
    }

    /** All values in report order. */
    public Map<String, Double> values() {
        return values;
    }

    /** The first value that is NaN or infinite, as "name=value", or null when all are finite. */
    public String firstNonFinite() {
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                return e.getKey() + "=" + e.getValue();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "StepReport" + values;
    }
}
