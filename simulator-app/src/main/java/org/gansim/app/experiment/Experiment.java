package org.gansim.app.experiment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gansim.app.session.SavedRun;

/**
 * Everything needed to reproduce a run, without the plugins themselves: which target, variant and
 * views, every parameter, the seed, the step count, which views are hidden, and optionally where the
 * networks were (weights, optimizer state and random streams). {@link ExperimentJson} reads and writes
 * it; {@link ExperimentSetup} matches it with the installed plugins.
 *
 * @param name        what the title bar shows
 * @param target      the target distribution
 * @param variant     the GAN variant
 * @param views       the views that were open, in order
 * @param hiddenViews ids of views the user had switched off
 * @param params      every parameter by namespaced key ({@code variant.lr_d}): Integer, Double, String,
 *                    Boolean or List of Integer
 * @param seed        the seed of every random number
 * @param steps       the step count: where the saved run was, or how far a fresh one is meant to go
 * @param run         where the run was, when saved with its networks; else null
 * @param viewSettings each view's own settings (layers shown, points drawn) by view id, as the views
 *                     gave them; views that have none are left out
 */
public record Experiment(String name, PluginRef target, PluginRef variant, List<PluginRef> views,
                         List<String> hiddenViews, Map<String, Object> params, long seed, long steps,
                         SavedRun run, Map<String, Map<String, String>> viewSettings) {

    public Experiment {
        views = List.copyOf(views);
        hiddenViews = List.copyOf(hiddenViews);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        java.util.Map<String, Map<String, String>> copied = new java.util.LinkedHashMap<>();
        viewSettings.forEach((id, own) -> copied.put(id, java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(own))));
        viewSettings = java.util.Collections.unmodifiableMap(copied);
    }

    /** An experiment whose views keep their own default settings. */
    public Experiment(String name, PluginRef target, PluginRef variant, List<PluginRef> views,
                      List<String> hiddenViews, Map<String, Object> params, long seed, long steps, SavedRun run) {
        this(name, target, variant, views, hiddenViews, params, seed, steps, run, Map.of());
    }

    /** The same experiment with these view settings. */
    public Experiment withViewSettings(Map<String, Map<String, String>> settings) {
        return new Experiment(name, target, variant, views, hiddenViews, params, seed, steps, run, settings);
    }

    /** The saved networks and streams, when there are any. */
    public Optional<SavedRun> savedRun() {
        return Optional.ofNullable(run);
    }

    /** The same experiment under another name. */
    public Experiment named(String newName) {
        return new Experiment(newName, target, variant, views, hiddenViews, params, seed, steps, run, viewSettings);
    }

    /** The same experiment without its networks: opening it trains afresh from the seed. */
    public Experiment withoutRun() {
        return new Experiment(name, target, variant, views, hiddenViews, params, seed, steps, null, viewSettings);
    }
}
