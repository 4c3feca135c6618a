package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import org.gansim.api.TargetDistribution;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.presets.Presets;
import org.junit.jupiter.api.Test;

/** The presets in File → Open Preset: their settings, and what a missing plugin does to an item. */
class PresetMenuTest {

    @Test
    void everyPresetIsAnItemAndOneWithoutItsTargetIsDisabledSayingWhich() {
        try (PluginRegistry registry = PluginRegistry.load(List.of())) {
            List<TargetDistribution> withoutGrid = registry.targets().stream()
                    .filter(t -> !t.id().equals("grid25")).toList();
            List<String> opened = new ArrayList<>();
            JMenu menu = new JMenu();
            PresetMenu.fill(menu, Presets.all(), withoutGrid, registry.variants(),
                    (title, settings) -> opened.add(title + " " + settings.target().id()));
            assertEquals(Presets.all().size(), menu.getItemCount());

            JMenuItem grid = item(menu, "preset:grid-collapse");
            assertFalse(grid.isEnabled());
            assertTrue(grid.getToolTipText().contains("Not available: the target 'grid25' is not loaded."),
                    grid.getToolTipText());

            JMenuItem ring = item(menu, "preset:ring-collapse");
            assertTrue(ring.isEnabled());
            ring.doClick();
            assertEquals(List.of(Presets.find("ring-collapse").orElseThrow().title() + " ring8"), opened);
        }
    }

    @Test
    void aPresetsValuesGoOverItsTargetsAndVariantsDefaults() {
        try (PluginRegistry registry = PluginRegistry.load(List.of())) {
            var preset = Presets.find("ring-decay").orElseThrow();
            TrainingSettings settings = PresetMenu.settings(preset, registry.target("ring8").orElseThrow(),
                    registry.variant("vanilla").orElseThrow());
            assertEquals("linear", settings.params("train").getString("lr_schedule"));
            assertEquals(20_000, settings.params("train").getInt("lr_decay_steps"));
            assertEquals(0.01, settings.params("target").getDouble("std"));
            assertEquals(TrainingSettings.defaults(registry.target("ring8").orElseThrow(),
                    registry.variant("vanilla").orElseThrow()).params("model"), settings.params("model"));
        }
    }

    private static JMenuItem item(JMenu menu, String name) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            if (name.equals(menu.getItem(i).getName())) {
                return menu.getItem(i);
            }
        }
        throw new AssertionError("no item " + name);
    }
}
