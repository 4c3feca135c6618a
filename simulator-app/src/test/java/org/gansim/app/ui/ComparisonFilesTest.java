package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gansim.api.Visualization;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.experiment.Experiment;
import org.gansim.app.experiment.ExperimentFiles;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.SimulationSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save comparison… without a window: the names of the two files, what each holds, and the sentence
 * when one of them cannot be written.
 */
class ComparisonFilesTest {

    @TempDir
    Path folder;

    private PluginRegistry registry;
    private final List<SimulationSession> sessions = new ArrayList<>();
    private final List<ComparisonFiles.Side> sides = new ArrayList<>();
    private List<Visualization> shown;

    @BeforeEach
    void twoRunsAtStepThree() throws InterruptedException {
        registry = PluginRegistry.load(List.of());
        for (String variant : List.of("vanilla", "pacgan")) {
            TrainingSettings settings = TrainingSettings.defaults(registry.target("ring8").orElseThrow(),
                    registry.variant(variant).orElseThrow());
            SimulationSession session = new SimulationSession(settings, 5, Runnable::run, state -> { });
            for (int i = 0; i < 3; i++) {
                session.step();
            }
            session.sync(Duration.ofSeconds(30));
            sessions.add(session);
            sides.add(new ComparisonFiles.Side(session, Map.of("scatter", Map.of("points", variant.length() + "0"))));
        }
        shown = registry.visualizations().stream().filter(v -> CompareWindow.VIEWS.contains(v.id())).toList();
    }

    @AfterEach
    void close() {
        sessions.forEach(SimulationSession::close);
        registry.close();
    }

    @Test
    void eachSideGetsItsOwnFileBesideTheNameChosen() {
        Path chosen = folder.resolve("ring.json");
        assertEquals(folder.resolve("ring-left.json"), ComparisonFiles.sideFile(chosen, "left"));
        assertEquals(folder.resolve("ring-right.json"), ComparisonFiles.sideFile(folder.resolve("ring"), "right"));
        assertEquals(folder.resolve("ring-right.json"), ComparisonFiles.sideFile(folder.resolve("ring-left.json"),
                "right"), "a side's own file names the same pair");
        assertEquals(folder.resolve("RING-left.json"), ComparisonFiles.sideFile(folder.resolve("RING.JSON"), "left"));
    }

    @Test
    void bothRunsAreSavedWithTheirNetworksAndTheViewsShown() throws Exception {
        String said = ComparisonFiles.save(folder.resolve("ring.json"), sides, shown, registry.visualizations());
        assertEquals("Saved ring-left.json and ring-right.json at step 3.", said);
        Experiment left = ExperimentFiles.read(folder.resolve("ring-left.json"));
        Experiment right = ExperimentFiles.read(folder.resolve("ring-right.json"));
        assertEquals("vanilla", left.variant().id());
        assertEquals("pacgan", right.variant().id());
        for (Experiment e : List.of(left, right)) {
            assertEquals("ring8", e.target().id());
            assertEquals(5, e.seed());
            assertEquals(3, e.steps());
            assertTrue(e.savedRun().isPresent(), "with its networks");
            assertEquals(shown.stream().map(Visualization::id).toList(), e.views().stream().map(v -> v.id()).toList());
            assertEquals(registry.visualizations().size() - shown.size(), e.hiddenViews().size(),
                    "every other view is recorded as switched off: " + e.hiddenViews());
        }
        assertEquals("ring-left", left.name());
        assertEquals(Map.of("scatter", Map.of("points", "70")), left.viewSettings(), "each side's own view settings");
        assertEquals(Map.of("scatter", Map.of("points", "60")), right.viewSettings());
    }

    @Test
    void aFolderThatDoesNotExistIsNamedAndNothingIsWritten() {
        IOException refused = assertThrows(IOException.class, () -> ComparisonFiles.save(
                folder.resolve("missing").resolve("ring.json"), sides, shown, registry.visualizations()));
        assertTrue(refused.getMessage().startsWith("The left run was not saved: Cannot save "), refused.getMessage());
        assertTrue(refused.getMessage().contains("missing"), refused.getMessage());
    }

    @Test
    void whenOnlyTheRightFileCannotBeWrittenTheMessageSaysTheLeftWasSaved() throws Exception {
        Path blocking = Files.createDirectories(folder.resolve("pair-right.json"));
        Files.writeString(blocking.resolve("keep.txt"), "a folder where the right file should go");
        IOException refused = assertThrows(IOException.class, () -> ComparisonFiles.save(folder.resolve("pair.json"),
                sides, shown, registry.visualizations()));
        assertTrue(refused.getMessage().startsWith("The right run was not saved: "), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("The left run was saved in pair-left.json."), refused.getMessage());
        assertEquals("vanilla", ExperimentFiles.read(folder.resolve("pair-left.json")).variant().id());
        assertTrue(Files.exists(blocking.resolve("keep.txt")), "what was there is untouched");
    }
}
