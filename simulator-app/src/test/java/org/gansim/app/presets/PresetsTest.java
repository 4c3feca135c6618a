package org.gansim.app.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every shipped preset names built-in plugins and valid values; {@code run --preset} uses them. */
class PresetsTest {

    @TempDir
    Path out;

    @Test
    void everyPresetNamesABuiltInTargetAndVariantAndValidValuesAndItsSource() {
        assertFalse(Presets.all().isEmpty());
        for (Preset preset : Presets.all()) {
            TargetDistribution target = ServiceLoader.load(TargetDistribution.class).stream()
                    .map(ServiceLoader.Provider::get).filter(t -> t.id().equals(preset.target())).findFirst()
                    .orElseThrow(() -> new AssertionError(preset.id() + ": no target " + preset.target()));
            GanVariant variant = ServiceLoader.load(GanVariant.class).stream()
                    .map(ServiceLoader.Provider::get).filter(v -> v.id().equals(preset.variant())).findFirst()
                    .orElseThrow(() -> new AssertionError(preset.id() + ": no variant " + preset.variant()));
            TrainingSettings settings = TrainingSettings.defaults(target, variant);
            for (String assignment : preset.assignments()) {
                settings = settings.withAssignment(assignment);
            }
            assertTrue(preset.source().length() > 20, preset.id() + " should say where its values come from");
        }
    }

    /**
     * The figures these presets quote (docs/benchmarks.md) were measured with the layers in doubles;
     * float, the default, trains a seed to other numbers, so the presets keep double.
     */
    @Test
    void thePresetsWhoseFiguresWereMeasuredInDoubleTrainInDouble() {
        for (String id : List.of("ring-collapse", "ring-collapse-pacgan", "ring-collapse-wgan-gp", "ring-decay",
                "grid-collapse", "grid-collapse-pacgan", "grid-collapse-wgan-gp")) {
            Preset preset = Presets.find(id).orElseThrow(() -> new AssertionError("no preset " + id));
            assertTrue(preset.assignments().contains("train.precision=double"), id + ": " + preset.assignments());
            assertTrue(preset.source().contains("train.precision=double"), id + " should say why it sets double");
        }
    }

    @Test
    void runTakesTargetVariantAndStepsFromThePreset() {
        String first = Presets.ids().get(0);
        StringWriter printed = new StringWriter();
        int status = command(printed, new StringWriter()).execute("run", "--preset", first, "--steps", "3",
                "--seed", "1", "--samples", "10", "--samples-out", out.resolve("s.csv").toString());
        Preset preset = Presets.find(first).orElseThrow();
        assertEquals(0, status);
        assertTrue(printed.toString().startsWith("Trained " + preset.target() + " / " + preset.variant() + " for 3 steps"),
                printed.toString());
    }

    @Test
    void anUnknownPresetIsOneLineNamingTheValidOnes() {
        StringWriter err = new StringWriter();
        int status = command(new StringWriter(), err).execute("run", "--preset", "nope", "--seed", "1", "--samples",
                "10", "--samples-out", out.resolve("s.csv").toString());
        assertEquals(2, status);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("Unknown preset 'nope'; valid presets: " + Presets.ids().get(0)),
                err.toString());
    }

    private static CommandLine command(StringWriter out, StringWriter err) {
        CommandLine cmd = Main.commandLine(new Main());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd;
    }
}
