package org.gansim.app.lab;

import java.util.List;

/**
 * What a run needs beyond its own swept values: how many steps it trains and the fixed parameter
 * values applied before the swept ones (a benchmark's target settings, the papers' network sizes).
 */
public interface RunRecipe {

    /** Generator steps the run trains. */
    long steps(SweepRun run);

    /** {@code key=value} assignments applied before the run's swept values; empty by default. */
    default List<String> fixedAssignments(SweepRun run) {
        return List.of();
    }

    /** The same steps for every run, nothing fixed: what {@code gansim sweep} uses. */
    static RunRecipe steps(long steps) {
        return run -> steps;
    }
}
