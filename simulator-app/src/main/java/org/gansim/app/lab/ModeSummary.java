package org.gansim.app.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mode-collapse measures of one method on one target over several runs: means with their
 * standard errors (sample standard deviation / sqrt(runs)), as in PacGAN's Table 1.
 *
 * @param variant    what was trained (a variant id, or a published method's name)
 * @param target     the benchmark's target id (ring8 or grid25)
 * @param runs       how many runs the figures average (published: as the paper states)
 * @param steps      generator steps of a run (0 when not stated)
 * @param modeCount  the target's modes
 * @param modes      modes captured: mean and standard error (NaN when not given)
 * @param quality    the share of high-quality samples, in percent: mean and standard error
 * @param reverseKl  reverse KL: mean and standard error, over the runs where it is defined
 * @param failed     runs a plugin fault stopped (not in the means)
 */
public record ModeSummary(String variant, String target, int runs, long steps, int modeCount, Estimate modes,
                          Estimate quality, Estimate reverseKl, int failed) {

    /**
     * A mean and its standard error; either may be NaN (not given, or fewer than two values).
     *
     * @param mean  the mean
     * @param error the standard error of the mean
     */
    public record Estimate(double mean, double error) {

        /** The mean and standard error of {@code values}; NaN and NaN for none, an error of NaN for one. */
        public static Estimate of(List<Double> values) {
            int n = values.size();
            if (n == 0) {
                return new Estimate(Double.NaN, Double.NaN);
            }
            double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
            if (n == 1) {
                return new Estimate(mean, Double.NaN);
            }
            double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            return new Estimate(mean, Math.sqrt(squares / (n - 1)) / Math.sqrt(n));
        }

        /** A published mean without an error. */
        public static Estimate meanOnly(double mean) {
            return new Estimate(mean, Double.NaN);
        }
    }

    /**
     * Summaries of a sweep's rows, one per target and variant, in the order they first appear.
     *
     * @param table a sweep table with the standard measure columns
     */
    public static List<ModeSummary> of(SweepTable table) {
        List<String> header = table.header();
        int target = header.indexOf("target");
        int variant = header.indexOf("variant");
        int status = header.indexOf("status");
        int steps = header.indexOf("steps");
        int modes = header.indexOf("modes");
        int count = header.indexOf("mode_count");
        int quality = header.indexOf("high_quality");
        int kl = header.indexOf("reverse_kl");
        Map<List<String>, List<List<String>>> groups = new LinkedHashMap<>();
        for (List<String> row : table.rows().values()) {
            groups.computeIfAbsent(List.of(row.get(target), row.get(variant)), k -> new ArrayList<>()).add(row);
        }
        List<ModeSummary> summaries = new ArrayList<>();
        for (var group : groups.entrySet()) {
            List<Double> m = new ArrayList<>();
            List<Double> q = new ArrayList<>();
            List<Double> r = new ArrayList<>();
            int failed = 0;
            int modeCount = 0;
            long maxSteps = 0;
            for (List<String> row : group.getValue()) {
                maxSteps = Math.max(maxSteps, Long.parseLong(row.get(steps)));
                if (!row.get(status).equals("ok") || row.get(modes).isEmpty()) {
                    failed++;
                    continue;
                }
                modeCount = Integer.parseInt(row.get(count));
                m.add(Double.parseDouble(row.get(modes)));
                q.add(100 * Double.parseDouble(row.get(quality)));
                double value = Double.parseDouble(row.get(kl));
                if (!Double.isNaN(value)) {
                    r.add(value);
                }
            }
            summaries.add(new ModeSummary(group.getKey().get(1), group.getKey().get(0), m.size(), maxSteps, modeCount,
                    Estimate.of(m), Estimate.of(q), Estimate.of(r), failed));
        }
        return summaries;
    }
}
