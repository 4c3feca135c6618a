package org.gansim.app.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * Every run of a sweep in its canonical order: targets, then variants, then the swept parameters in
 * the order given (the last one changing fastest), then the seeds. The order fixes each run's index,
 * so the CSV is the same whatever the number of jobs, and shards split the same list.
 *
 * @param targets the targets' ids, at least one
 * @param variants the variants' ids, at least one
 * @param axes    the swept parameters (may be empty)
 * @param seeds   at least one seed
 */
public record SweepPlan(List<String> targets, List<String> variants, List<SweepAxis> axes, List<Long> seeds) {

    public SweepPlan {
        targets = List.copyOf(targets);
        variants = List.copyOf(variants);
        axes = List.copyOf(axes);
        seeds = List.copyOf(seeds);
        if (targets.isEmpty() || variants.isEmpty() || seeds.isEmpty()) {
            throw new IllegalArgumentException("A sweep needs at least one target, one variant and one seed");
        }
    }

    /** The swept parameters' keys, in order: the parameter columns of the CSV. */
    public List<String> keys() {
        return axes.stream().map(SweepAxis::key).toList();
    }

    /** Every run, in canonical order, with its index. */
    public List<SweepRun> runs() {
        List<List<String>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (SweepAxis axis : axes) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : combinations) {
                for (String value : axis.values()) {
                    List<String> longer = new ArrayList<>(prefix);
                    longer.add(axis.key() + "=" + value);
                    next.add(longer);
                }
            }
            combinations = next;
        }
        List<SweepRun> runs = new ArrayList<>();
        for (String target : targets) {
            for (String variant : variants) {
                for (List<String> assignments : combinations) {
                    for (long seed : seeds) {
                        runs.add(new SweepRun(runs.size(), target, variant, assignments, seed));
                    }
                }
            }
        }
        return runs;
    }
}
