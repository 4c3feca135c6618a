package org.gansim.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gansim.api.StepReport;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.PluginCalls;
import org.gansim.app.session.Simulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Train N steps, save with the networks, open, train M more: every loss, every weight, every
 * generated point and the charts' history are bit for bit what N + M steps straight give, for each optimizer and for a variant
 * that draws random numbers inside its steps (WGAN-GP) and a conditional one.
 */
class ExperimentRoundTripTest {

    private static PluginRegistry registry;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        registry = PluginRegistry.load(List.of());
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @ParameterizedTest
    @CsvSource({
        "ring8, vanilla, adam, 1",
        "ring8, wgan-gp, adam, 2",
        "ring8, wgan, rmsprop, 3",
        "gaussian-1d, vanilla, sgd, 4",
        "blobs, cgan, adam, 5",
    })
    void savingAndOpeningContinuesBitForBit(String target, String variant, String optimizer, long seed)
            throws Exception {
        TrainingSettings settings = TrainingSettings.defaults(registry.target(target).orElseThrow(),
                registry.variant(variant).orElseThrow());
        if (settings.keys().contains("variant.optimizer")) {
            settings = settings.withText("variant.optimizer", optimizer);
        }
        settings = settings.withText("variant.lr_d", "0.003").withText("train.batch", "32");
        int n = 17;
        int m = 13;

        Simulation straight = new Simulation(settings, seed, 50);
        List<StepReport> straightReports = new ArrayList<>();
        for (int i = 0; i < n + m; i++) {
            straightReports.add(straight.step());
        }

        Simulation first = new Simulation(settings, seed, 50);
        for (int i = 0; i < n; i++) {
            first.step();
        }
        Path file = folder.resolve("saved.json");
        ExperimentFiles.save(ExperimentSetup.capture("saved", first, List.of(), List.of(), true), file);

        Experiment opened = ExperimentFiles.read(file);
        Simulation continued = ExperimentSetup.resolve(opened, registry, "saved.json").start(50, new PluginCalls());
        assertThat(continued.steps()).isEqualTo(n);
        // Before it trains on, the opened run shows what the saved one showed (by default the moving
        // average of G's weights, saved with the networks).
        assertThat(continued.generate(200, Simulation.outputRandom(seed)).points())
                .containsExactly(first.generate(200, Simulation.outputRandom(seed)).points());
        List<StepReport> continuedReports = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            continuedReports.add(continued.step());
        }

        assertThat(continued.steps()).isEqualTo(straight.steps());
        for (int i = 0; i < m; i++) {
            assertThat(continuedReports.get(i).values()).as("step %d's report", n + i + 1)
                    .isEqualTo(straightReports.get(n + i).values());
        }
        assertThat(continued.saveRun().gan().numbers().get("generator"))
                .containsExactly(straight.saveRun().gan().numbers().get("generator"));
        assertThat(continued.saveRun().gan().numbers().get("discriminator"))
                .containsExactly(straight.saveRun().gan().numbers().get("discriminator"));
        assertThat(continued.generate(200, Simulation.outputRandom(seed)).points())
                .containsExactly(straight.generate(200, Simulation.outputRandom(seed)).points());
        // The charts go on from the saved history: every record of the straight run is there.
        assertThat(continued.history().size()).isEqualTo(n + m);
        for (String name : straight.history().names()) {
            assertThat(continued.history().series(name)).as(name).containsExactly(straight.history().series(name));
        }
        // The whole saved state, optimizer moments, streams and history included, is the same file.
        assertThat(ExperimentJson.write(ExperimentSetup.capture("x", continued, List.of(), List.of(), true)))
                .isEqualTo(ExperimentJson.write(ExperimentSetup.capture("x", straight, List.of(), List.of(), true)));
    }

    @ParameterizedTest
    @CsvSource({"ring8, vanilla", "ring8, wgan-gp"})
    void withoutNetworksTheSameStepsFromTheSeedGiveTheSameRun(String target, String variant) throws Exception {
        TrainingSettings settings = TrainingSettings.defaults(registry.target(target).orElseThrow(),
                registry.variant(variant).orElseThrow()).withText("train.batch", "16");
        Simulation original = new Simulation(settings, 9, 20);
        for (int i = 0; i < 10; i++) {
            original.step();
        }
        Path file = folder.resolve("light.json");
        ExperimentFiles.save(ExperimentSetup.capture("light", original, List.of(), List.of(), false), file);
        assertThat(Files.readString(file)).doesNotContain("\"run\"");
        Experiment opened = ExperimentFiles.read(file);
        assertThat(opened.steps()).isEqualTo(10);
        Simulation again = ExperimentSetup.resolve(opened, registry, "light.json").start(20, new PluginCalls());
        assertThat(again.steps()).isZero();
        for (int i = 0; i < 10; i++) {
            again.step();
        }
        assertThat(again.saveRun().gan().numbers().get("generator"))
                .containsExactly(original.saveRun().gan().numbers().get("generator"));
    }
}
