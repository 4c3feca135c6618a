package org.gansim.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.PluginCalls;
import org.gansim.app.session.Simulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad experiment file is refused with one sentence that names what and where, and a
 * thousand random mutations of a valid file never crash the reader or touch the file.
 */
class BadExperimentFileTest {

    private static PluginRegistry registry;
    private static String valid;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        registry = PluginRegistry.load(List.of());
        TrainingSettings settings = TrainingSettings.defaults(registry.target("ring8").orElseThrow(),
                registry.variant("vanilla").orElseThrow()).withText("model.g_hidden", "8")
                .withText("model.d_hidden", "8").withText("train.batch", "8");
        Simulation simulation = new Simulation(settings, 3, 10);
        simulation.step();
        valid = ExperimentJson.write(ExperimentSetup.capture("small", simulation,
                List.of(registry.visualizations().get(0)), List.of(), true)
                .withViewSettings(java.util.Map.of("scatter", java.util.Map.of("layers", "real,generated"))));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    /** Reads, checks against the plugins and builds the run: everything opening a file does. */
    private static void open(String text) throws BadExperimentException {
        ExperimentSetup.resolve(ExperimentJson.read(text, "class.json"), registry, "class.json")
                .start(10, new PluginCalls());
    }

    private static String refusal(String text) {
        BadExperimentException e = catchThrowableOfType(() -> open(text), BadExperimentException.class);
        assertThat(e).as("refused: %s", text.length() > 200 ? text.substring(0, 200) : text).isNotNull();
        return e.getMessage();
    }

    /** One sentence: starts with the file's name, ends with a full stop, no line break, one final stop. */
    private static void assertOneSentence(String message) {
        assertThat(message).startsWith("class.json").endsWith(".").doesNotContain("\n");
        assertThat(message.substring(0, message.length() - 1)).doesNotContainPattern("\\.\\s+[A-Z]");
    }

    @Test
    void theValidFileOpens() throws Exception {
        open(valid);
        assertThat(ExperimentJson.read(valid, "class.json").viewSettings())
                .isEqualTo(java.util.Map.of("scatter", java.util.Map.of("layers", "real,generated")));
    }

    @Test
    void aViewSettingThatIsNotText() {
        String message = refusal(valid.replace("\"layers\" : \"real,generated\"", "\"layers\" : 3"));
        assertThat(message).isEqualTo("class.json: $.layout.view_settings[\"scatter\"][\"layers\"] must be text"
                + " in quotes.");
    }

    @Test
    void aFileWithoutViewSettingsOpensWithTheViewsOwn() throws Exception {
        String older = valid.replaceAll(",\\s*\"view_settings\" : \\{[^}]*\\}\\s*\\}", "");
        assertThat(older).doesNotContain("view_settings");
        assertThat(ExperimentJson.read(older, "class.json").viewSettings()).isEmpty();
    }

    @Test
    void notJson() {
        String message = refusal("this is not json");
        assertThat(message).startsWith("class.json is not valid JSON (line 1, column");
        assertOneSentence(message);
    }

    @Test
    void aNewerFormatVersion() {
        String message = refusal(valid.replace("\"version\" : 1,", "\"version\" : 7,"));
        assertThat(message).isEqualTo("class.json was written by a newer GanSim (format version 7 at $.version;"
                + " this one reads up to 1).");
    }

    @Test
    void anotherFormat() {
        assertThat(refusal(valid.replace("gansim-experiment", "something-else")))
                .isEqualTo("class.json: $.format is 'something-else', not 'gansim-experiment'.");
    }

    @Test
    void aPluginThatIsNotInstalled() {
        String message = refusal(valid.replace("\"id\" : \"vanilla\"", "\"id\" : \"stylegan\""));
        assertThat(message).startsWith("class.json: $.variant.id names the variant 'stylegan', which is not"
                + " installed (installed: ").contains("vanilla");
        assertOneSentence(message);
    }

    @Test
    void aValueAParameterRefuses() {
        String message = refusal(valid.replaceFirst("\"variant.lr_d\" : [0-9.E-]+", "\"variant.lr_d\" : -5"));
        assertThat(message).startsWith("class.json: $.params[\"variant.lr_d\"] was refused: ");
        assertOneSentence(message);
    }

    @Test
    void anUnknownParameter() {
        String message = refusal(valid.replace("\"params\" : {", "\"params\" : {\n    \"variant.colour\" : 3,"));
        assertThat(message).startsWith("class.json: $.params[\"variant.colour\"] was refused: ");
        assertOneSentence(message);
    }

    @Test
    void networksOfTheWrongSize() {
        // Latent 2 -> 8 -> 2 holds (2*8 + 8) + (8*2 + 2) = 42 numbers; with 9 hidden, (2*9 + 9) + (9*2 + 2) = 47.
        String message = refusal(valid.replace("\"model.g_hidden\" : [ 8 ]", "\"model.g_hidden\" : [ 9 ]"));
        assertThat(message).isEqualTo("class.json: $.run.networks do not fit these settings: The saved generator"
                + " has 42 weights and biases, this one 47.");
    }

    @Test
    void aHistoryThatDoesNotFitTheRun() {
        assertThat(valid).contains("\"steps\" : [ 1 ]");
        assertThat(refusal(valid.replace("\"steps\" : [ 1 ]", "\"steps\" : [ 5 ]"))).isEqualTo(
                "class.json: $.run.history.steps[0] must be a step between 0 and 1, after the one before.");
        assertThat(refusal(valid.replace("\"steps\" : [ 1 ]", "\"steps\" : [ 0, 1 ]"))).isEqualTo(
                "class.json: $.run.history.series[\"d_loss\"] holds 1 numbers for 2 steps.");
    }

    @Test
    void aMissingField() {
        assertThat(refusal(valid.replace("\"seed\" : 3,", ""))).isEqualTo("class.json: $.seed is missing.");
    }

    @Test
    void aFileThatIsNotText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("class.json");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThatThrownBy(() -> ExperimentFiles.read(file)).isInstanceOf(BadExperimentException.class)
                .hasMessage("class.json is not text (it is not UTF-8).");
    }

    @Test
    void aThousandMutationsNeverCrashAndNeverTouchTheFile() throws IOException {
        SplittableRandom random = new SplittableRandom(2024);
        Path file = folder.resolve("class.json");
        int refused = 0;
        for (int i = 0; i < 1000; i++) {
            String mutated = Mutations.mutate(valid, random);
            Files.writeString(file, mutated);
            byte[] before = Files.readAllBytes(file);
            try {
                ExperimentSetup.resolve(ExperimentFiles.read(file), registry, "class.json")
                        .start(10, new PluginCalls());
            } catch (BadExperimentException e) {
                refused++;
                assertOneSentence(e.getMessage());
            }
            assertThat(Files.readAllBytes(file)).as("mutation %d left the file as it was", i).isEqualTo(before);
        }
        // Most mutations break the file; some (a digit of a weight, a space) leave a valid one.
        assertThat(refused).isGreaterThan(500);
    }
}
