package org.gansim.app.ui;

import java.util.List;
import java.util.Locale;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.presets.Preset;

/**
 * File → Open Preset: the shipped presets (the settings that make a phenomenon happen, with the
 * source of their values), the same ones {@code gansim run --preset} takes. Choosing one starts a
 * new experiment at step 0 with the preset's target, variant and values. A preset whose target or
 * variant is not loaded is listed, disabled, saying which is missing.
 */
final class PresetMenu {

    private PresetMenu() {
    }

    /**
     * Fills {@code menu} with one item per preset.
     *
     * @param open what to do with the settings of the preset chosen, and its title
     */
    static void fill(JMenu menu, List<Preset> presets, List<TargetDistribution> targets, List<GanVariant> variants,
                     OpenPreset open) {
        menu.removeAll();
        for (Preset preset : presets) {
            TargetDistribution target = targets.stream().filter(t -> t.id().equals(preset.target())).findFirst()
                    .orElse(null);
            GanVariant variant = variants.stream().filter(v -> v.id().equals(preset.variant())).findFirst()
                    .orElse(null);
            String missing = target == null ? "target '" + preset.target() + "'"
                    : variant == null ? "variant '" + preset.variant() + "'" : null;
            JMenuItem item = Menus.item(preset.title(), 0, null, "preset:" + preset.id(),
                    tooltip(preset, missing), () -> open.open(preset.title(), settings(preset, target, variant)));
            item.setEnabled(missing == null);
            menu.add(item);
        }
    }

    /** The preset's values over the defaults of its target and variant, in the order it gives them. */
    static TrainingSettings settings(Preset preset, TargetDistribution target, GanVariant variant) {
        TrainingSettings settings = TrainingSettings.defaults(target, variant);
        for (String assignment : preset.assignments()) {
            settings = settings.withAssignment(assignment);
        }
        return settings;
    }

    /** The source, and how long the phenomenon takes to show, as HTML wrapped to a readable width. */
    private static String tooltip(Preset preset, String missing) {
        String text = missing != null
                ? "Not available: the " + missing + " is not loaded."
                : preset.source() + " Shows within about " + String.format(Locale.ROOT, "%,d", preset.steps()) + " steps.";
        return Html.wrapped(text, 420);
    }

    /** Opens a preset's settings as a new experiment. */
    interface OpenPreset {
        void open(String title, TrainingSettings settings);
    }
}
