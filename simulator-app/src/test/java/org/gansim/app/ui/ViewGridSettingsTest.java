package org.gansim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.swing.SwingUtilities;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.Simulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The views' own settings in the window's grid: kept when the views are rebuilt, replaced by those of
 * an experiment file, and a value a view refuses named with the end of its JSON path. No window is
 * needed: the views are built and given settings, not shown.
 */
class ViewGridSettingsTest {

    private static PluginRegistry registry;
    private static ViewContext ring;
    private static List<Visualization> dataSpace;

    @BeforeAll
    static void load() {
        registry = PluginRegistry.load(List.of());
        ring = new Simulation(TrainingSettings.defaults(registry.target("ring8").orElseThrow(),
                registry.variant("vanilla").orElseThrow()), 1, 10).context();
        dataSpace = List.of(registry.visualization("scatter").orElseThrow());
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static <T> T onEdt(java.util.function.Supplier<T> work) throws Exception {
        Object[] result = new Object[1];
        SwingUtilities.invokeAndWait(() -> result[0] = work.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    @Test
    void settingsSurviveARebuildAndAFileReplacesThem() throws Exception {
        ViewGrid grid = onEdt(ViewGrid::new);
        onEdt(() -> {
            grid.rebuild(dataSpace, ring);
            grid.containers().get(0).applySettings(Map.of("layers", "real,generated", "points", "40"));
            return grid.rebuild(dataSpace, ring);
        });
        assertThat(onEdt(grid::settings).get("scatter")).containsEntry("layers", "real,generated")
                .containsEntry("points", "40");

        List<String> refused = onEdt(() -> {
            grid.useSettings(Map.of("scatter", Map.of("points", "12")));
            return grid.rebuild(dataSpace, ring);
        });
        assertThat(refused).isEmpty();
        assertThat(onEdt(grid::settings).get("scatter")).containsEntry("points", "12")
                .containsEntry("layers", "heat-map,real,generated,arrows,mesh,contours");
    }

    @Test
    void aValueTheViewRefusesIsNamedAndTheViewKeepsItsOwn() throws Exception {
        ViewGrid grid = onEdt(ViewGrid::new);
        List<String> refused = onEdt(() -> {
            grid.useSettings(Map.of("scatter", Map.of("layers", "heatmap")));
            return grid.rebuild(dataSpace, ring);
        });
        assertThat(refused).containsExactly("[\"scatter\"]: Unknown data-space layer 'heatmap' in layers; the layers"
                + " are heat-map, real, generated, arrows, mesh, contours.");
        assertThat(onEdt(grid::settings).get("scatter")).containsEntry("layers",
                "heat-map,real,generated,arrows,mesh,contours");
    }
}
