package org.gansim.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gansim.api.training.Faults;
import org.gansim.app.Main;
import org.gansim.fakes.FakePluginJar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gansim run} in-process, on the fake plugins given with --plugin-dir as a teacher would. */
class RunCommandTest {

    @TempDir
    static Path pluginFolder;

    @TempDir
    Path out;

    @BeforeAll
    static void writeFakes() throws IOException {
        FakePluginJar.writeTo(pluginFolder);
    }

    /** What one run printed and returned. */
    record Result(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result gansim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(new Main());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int status = cmd.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    private Result run(long seed, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--plugin-dir", pluginFolder.toString(),
                "--target", "blob", "--variant", "drift", "--steps", "200", "--seed", Long.toString(seed),
                "--samples", "300", "--samples-out", out.resolve("samples-" + seed + ".csv").toString(),
                "--metrics-out", out.resolve("metrics-" + seed + ".csv").toString()));
        args.addAll(List.of(extra));
        return gansim(args.toArray(new String[0]));
    }

    private static double[][] readSamples(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertEquals("x,y", lines.get(0));
        return lines.stream().skip(1).map(l -> Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }

    @Test
    void writesTheGeneratedSamplesAndTheMetrics() throws IOException {
        Result result = run(3, "--log-every", "20");
        assertEquals(0, result.status(), result.err());
        assertEquals("", result.err());

        double[][] samples = readSamples(out.resolve("samples-3.csv"));
        assertEquals(300, samples.length);
        for (double[] row : samples) {
            assertEquals(2, row.length);
            assertTrue(Double.isFinite(row[0]) && Double.isFinite(row[1]));
        }

        List<String> metrics = Files.readAllLines(out.resolve("metrics-3.csv"));
        assertEquals("step,d_loss,g_loss,d_real,d_fake,d_accuracy", metrics.get(0));
        assertEquals(1 + 10, metrics.size(), "one line every 20 of 200 steps");
        assertTrue(metrics.get(1).startsWith("20,"));
        assertTrue(metrics.get(10).startsWith("200,"));
        assertEquals(6, metrics.get(10).split(",").length);

        assertTrue(result.out().matches("(?s)Trained blob / drift for 200 steps in [0-9.]+ s: [0-9.]+ steps per second,"
                + " the layers in float\n.*"), result.out());
        assertTrue(result.out().contains("Modes captured: 1 of 1"), result.out());
    }

    @Test
    void floatLayersAreChosenByParamReproducibleAndSaidSo() throws IOException {
        String[] ring = {"run", "--target", "ring8", "--variant", "vanilla", "--steps", "60", "--seed", "4",
            "--samples", "50", "--param", "model.g_hidden=16,16", "--param", "model.d_hidden=16,16"};
        List<double[][]> samples = new ArrayList<>();
        for (String precision : new String[] {"float", "float", "double"}) {
            Path file = out.resolve(precision + samples.size() + ".csv");
            List<String> args = new ArrayList<>(List.of(ring));
            args.addAll(List.of("--samples-out", file.toString(), "--param", "train.precision=" + precision));
            Result result = gansim(args.toArray(new String[0]));
            assertEquals(0, result.status(), result.err());
            assertTrue(result.out().contains("steps per second, the layers in " + precision + "\n"), result.out());
            samples.add(readSamples(file));
        }
        assertArrayEquals(samples.get(0), samples.get(1), "the same seed in float, the same samples");
        assertFalse(Arrays.deepEquals(samples.get(0), samples.get(2)), "float and double runs differ");
        Result bad = gansim("run", "--target", "ring8", "--variant", "vanilla", "--seed", "1", "--steps", "1",
                "--samples", "1", "--samples-out", out.resolve("bad.csv").toString(), "--param", "train.precision=half");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("train.precision") && bad.err().contains("double, float"), bad.err());
    }

    @Test
    void theSamplesComeFromTheTrainedGenerator() throws IOException {
        // The fake generator drifts to the blob's centre: the written points must be around it.
        assertEquals(0, run(3, "--param", "target.centre_x=-2").status());
        double meanX = Arrays.stream(readSamples(out.resolve("samples-3.csv"))).mapToDouble(r -> r[0]).average().orElseThrow();
        assertEquals(-2, meanX, 0.1);
        assertEquals(0, run(4).status());
        meanX = Arrays.stream(readSamples(out.resolve("samples-4.csv"))).mapToDouble(r -> r[0]).average().orElseThrow();
        assertEquals(1, meanX, 0.1);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherNumbers() throws IOException {
        assertEquals(0, run(5).status());
        byte[] samples = Files.readAllBytes(out.resolve("samples-5.csv"));
        byte[] metrics = Files.readAllBytes(out.resolve("metrics-5.csv"));
        assertEquals(0, run(5).status());
        assertArrayEquals(samples, Files.readAllBytes(out.resolve("samples-5.csv")));
        assertArrayEquals(metrics, Files.readAllBytes(out.resolve("metrics-5.csv")));
        assertEquals(0, run(6).status());
        assertFalse(Arrays.equals(samples, Files.readAllBytes(out.resolve("samples-6.csv"))));
    }

    @Test
    void thePluginFolderMayAlsoComeBeforeTheCommand() {
        Result result = gansim("--plugin-dir", pluginFolder.toString(), "run", "--target", "blob", "--variant",
                "drift", "--steps", "3", "--seed", "1", "--samples", "5", "--samples-out",
                out.resolve("s.csv").toString());
        assertEquals(0, result.status(), result.err());
    }

    /** Asserts exit status 2, exactly one line on the error stream, nothing written. */
    private Result badInput(String... extra) {
        Result result = run(9, extra);
        assertEquals(2, result.status(), result.err());
        assertEquals(1, result.errLines().size(), result.err());
        assertEquals("", result.out());
        assertFalse(Files.exists(out.resolve("samples-9.csv")), "nothing is written on bad input");
        return result;
    }

    @Test
    void anUnknownTargetNamesTheValidOnes() {
        Result result = gansim("run", "--plugin-dir", pluginFolder.toString(), "--target", "nope", "--variant",
                "drift", "--steps", "3", "--seed", "1", "--samples", "5", "--samples-out", out.resolve("x.csv").toString());
        assertEquals(2, result.status());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("Unknown target 'nope'; valid targets: "), result.err());
        assertTrue(result.err().contains("ring8") && result.err().contains("blob"), result.err());
    }

    @Test
    void anUnknownVariantNamesTheValidOnes() {
        Result result = gansim("run", "--plugin-dir", pluginFolder.toString(), "--target", "blob", "--variant",
                "nope", "--steps", "3", "--seed", "1", "--samples", "5", "--samples-out", out.resolve("x.csv").toString());
        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("Unknown variant 'nope'; valid variants: "), result.err());
        assertTrue(result.err().contains("drift"), result.err());
    }

    @Test
    void anUnknownKeyNamesTheValidKeys() {
        Result result = badInput("--param", "target.nope=1");
        assertTrue(result.err().startsWith("Unknown parameter 'target.nope'; valid keys: target.centre_x, target.std,"),
                result.err());
        assertTrue(result.err().contains("train.d_steps"), result.err());
    }

    @Test
    void aBadValueNamesTheValidValues() {
        assertEquals("train.batch must be an integer from 1 to 4096, got 'lots'",
                badInput("--param", "train.batch=lots").err().strip());
        assertEquals("target.std must be a number from 0.01 to 2, got 9.0",
                badInput("--param", "target.std=9").err().strip());
        assertTrue(badInput("--param", "radius").err().startsWith("A parameter must be written KEY=VALUE"));
    }

    @Test
    void badFlagsAreOneLineEach() {
        assertTrue(badInput("--bogus").err().startsWith("Unknown option '--bogus'; valid options: "));
        assertTrue(badInput("--bogus").err().contains("--samples-out"));
        assertEquals("Invalid value for option '--log-every': 'often' is not an int",
                badInput("--log-every", "often").err().strip());
        assertEquals("--log-every must be at least 1, got 0", badInput("--log-every", "0").err().strip());
        Result missing = gansim("run", "--target", "ring8");
        assertEquals(2, missing.status());
        assertEquals("Missing --steps: how many generator steps to train, e.g. --steps 2000", missing.err().strip());
        Result unknownCommand = gansim("train");
        assertEquals(2, unknownCommand.status());
        assertTrue(unknownCommand.err().startsWith("Unknown command 'train'; valid commands: bench, check-plugin,"
                + " grade, plugins, record, run, sweep"),
                unknownCommand.err());
        Result noExperiment = gansim(out.resolve("gone.json").toString());
        assertEquals(2, noExperiment.status());
        assertEquals("Experiment file '" + out.resolve("gone.json") + "' does not exist; give an experiment file saved"
                + " from the window (.json), or a command (see --help)", noExperiment.err().strip());
        Result noFolder = gansim("--plugin-dir", out.resolve("missing").toString(), "run", "--target", "ring8",
                "--variant", "drift", "--steps", "1", "--seed", "1", "--samples", "1", "--samples-out",
                out.resolve("s.csv").toString());
        assertEquals(2, noFolder.status());
        assertTrue(noFolder.err().startsWith("Plugin folder '"), noFolder.err());
    }

    @Test
    void aValueTheTargetRefusesIsBadInputInTheTargetsOwnWords() {
        Result result = gansim("run", "--target", "drawn", "--variant", "drift", "--plugin-dir", pluginFolder.toString(),
                "--steps", "1", "--seed", "1", "--samples", "1", "--samples-out", out.resolve("s.csv").toString(),
                "--param", "target.points=");
        assertEquals(2, result.status(), result.err());
        assertEquals(List.of("drawn: the drawing is empty; draw at least one point."), result.errLines());
        assertFalse(Files.exists(out.resolve("s.csv")));
    }

    @Test
    void anUnwritableOutputIsBadInput() {
        Result result = gansim("run", "--target", "ring8", "--variant", "drift", "--steps", "1", "--seed", "1",
                "--samples", "1", "--samples-out", out.resolve("no/such/folder/s.csv").toString());
        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("Cannot write --samples-out "), result.err());
    }

    @Test
    void aPluginFaultStopsTheRunWithOneLineNamingThePlugin() {
        Result result = run(9, "--param", "variant.fault=throw", "--param", "variant.fault_step=5");
        assertEquals(1, result.status());
        assertEquals(List.of("Training stopped at step 5: Plugin 'drift' failed in a generator step:"
                + " IllegalStateException: boom at step 5"), result.errLines());
    }

    @Test
    void aNanInTheFirstStepsPointsAtTheLossBeforeTheLearningRate() {
        Result early = run(9, "--param", "variant.fault=nan", "--param", "variant.fault_step=3");
        assertEquals(1, early.status());
        assertEquals(List.of("Training stopped at step 3: Plugin 'drift' reported g_loss=NaN in a generator step: "
                + Faults.nonFinite(3)), early.errLines());
        assertTrue(early.err().contains("look first for a log of 0 or less, or a division by 0, in the loss"), early.err());

        Result late = run(9, "--param", "variant.fault=nan", "--param", "variant.fault_step=" + (Faults.FIRST_STEPS + 1));
        assertEquals(List.of("Training stopped at step " + (Faults.FIRST_STEPS + 1) + ": Plugin 'drift' reported"
                + " g_loss=NaN in a generator step: training diverged (try a smaller learning rate)"), late.errLines());
    }
}
