package org.gansim.app.presets;

import java.util.List;

/**
 * A named set of parameter values that sets up one phenomenon for a lesson: a target, a variant and
 * {@code --param} style assignments, with the published source the values come from. Immutable.
 *
 * @param id          what {@code run --preset} and lesson files name it by, e.g. {@code ring-collapse}
 * @param title       one line for a menu
 * @param source      the paper (and figure or table) the values come from, and what GanSim changed
 * @param target      the target's id
 * @param variant     the variant's id
 * @param steps       how many generator steps show the phenomenon
 * @param assignments values such as {@code model.latent_dim=16}, applied over the defaults in order
 */
public record Preset(String id, String title, String source, String target, String variant, int steps,
                     List<String> assignments) {

    public Preset {
        assignments = List.copyOf(assignments);
        if (steps < 1) {
            throw new IllegalArgumentException("Preset " + id + ": steps must be at least 1, got " + steps);
        }
    }
}
