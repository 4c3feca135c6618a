package org.gansim.app.lab;

import java.util.List;

/**
 * One run of a sweep: a target, a variant, one value per swept parameter and a seed.
 *
 * @param index       the run's place in the sweep's canonical order, from 0; shards and merged
 *                    files are ordered by it
 * @param target      the target's id
 * @param variant     the variant's id
 * @param assignments one {@code key=value} per swept parameter, in the order the parameters were given
 * @param seed        the seed of every random number of the run
 */
public record SweepRun(int index, String target, String variant, List<String> assignments, long seed) {

    public SweepRun {
        assignments = List.copyOf(assignments);
    }

    /** The values of the swept parameters, in order (what follows each {@code =}). */
    public List<String> values() {
        return assignments.stream().map(a -> a.substring(a.indexOf('=') + 1)).toList();
    }
}
