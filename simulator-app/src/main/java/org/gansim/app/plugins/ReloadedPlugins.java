package org.gansim.app.plugins;

import java.util.Map;
import java.util.Optional;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.training.TrainingSettings;

/**
 * What a reset does after the plugin folders were reloaded: the simulation moves to the reloaded
 * target and variant of the same ids, keeping every parameter value the new version still accepts.
 *
 * <p>Until the reset, a running simulation keeps the plugin objects it started with; this is the
 * moment it lets go of them. Stateless; any thread.
 */
public final class ReloadedPlugins {

    private ReloadedPlugins() {
    }

    /**
     * The settings with the registry's target and variant of the same ids.
     *
     * @param settings the simulation's settings now; never null
     * @param registry the plugins now; never null
     * @return {@code settings} itself when the registry offers the same objects (nothing was
     *     reloaded) or no plugin of those ids any more (the old ones stay); otherwise new settings
     *     with the reloaded plugins and the old values wherever they are still valid
     */
    public static TrainingSettings carryOver(TrainingSettings settings, PluginRegistry registry) {
        TrainingSettings result = settings;
        Optional<TargetDistribution> target = registry.target(settings.target().id());
        if (target.isPresent() && target.get() != settings.target()) {
            result = carry(result.withTarget(target.get()), settings, TrainingSettings.TARGET);
        }
        Optional<GanVariant> variant = registry.variant(settings.variant().id());
        if (variant.isPresent() && variant.get() != settings.variant()) {
            result = carry(result.withVariant(variant.get()), settings, TrainingSettings.VARIANT);
            result = carry(result, settings, TrainingSettings.TRAIN);
        }
        return result;
    }

    /** Copies the values of one namespace from {@code old} wherever the new specs accept them. */
    private static TrainingSettings carry(TrainingSettings fresh, TrainingSettings old, String namespace) {
        TrainingSettings result = fresh;
        for (Map.Entry<String, Object> value : old.params(namespace).values().entrySet()) {
            try {
                result = result.withValue(namespace + "." + value.getKey(), value.getValue());
            } catch (IllegalArgumentException goneOrOutOfRange) {
                // the new version dropped this parameter or narrowed its range: its default stands
            }
        }
        return result;
    }
}
