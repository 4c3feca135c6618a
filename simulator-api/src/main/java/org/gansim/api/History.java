package org.gansim.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An immutable record of training so far: the step numbers and what each recorded step measured.
 * Long runs are thinned out by the host as they grow, so a history stays small.
 *
 * @since 1
 */
public final class History {

    private static final History EMPTY = new History(new long[0], new StepReport[0]);

    private final long[] steps;
    private final StepReport[] reports;

    public static History of(long[] steps, StepReport[] reports) {
        return new History(steps.clone(), reports.clone());
    }

    private History(long[] steps, StepReport[] reports) {
        this.steps = steps;
        this.reports = reports;
    }

    public static History empty() {
        return EMPTY;
    }

    /** How many steps are recorded. */
    public int size() {
        return steps.length;
    }

    /** The step number of record {@code i}, oldest first. */
    public long step(int i) {
        return steps[i];
    }

    /** What record {@code i} measured. */
    public StepReport report(int i) {
        return reports[i];
    }

    /** Every value name recorded, in first-seen order. */
    public List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (StepReport r : reports) {
            names.addAll(r.values().keySet());
        }
        return new ArrayList<>(names);
    }

    /** The values of {@code name} for every record (NaN where a step did not measure it). */
    public double[] series(String name) {
        double[] values = new double[reports.length];
        for (int i = 0; i < reports.length; i++) {
            values[i] = reports[i].get(name);
        }
        return values;
    }

    /** The latest record, or an empty report when nothing is recorded yet. */
    public StepReport latest() {
        return reports.length == 0 ? StepReport.empty() : reports[reports.length - 1];
    }
}
