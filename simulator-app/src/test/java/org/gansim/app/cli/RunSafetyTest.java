package org.gansim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gansim.fakes.FakePluginJar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gansim run} in-process against bad outputs, sizes that cannot fit, repeated keys, {@code @}
 * file names and a stuck plugin: each refused before training or stopped with one line, and no file
 * that was there before is changed.
 */
class RunSafetyTest {

    @TempDir
    static Path pluginFolder;

    @TempDir
    Path out;

    private static final String OLD = "x,y\nold,file\n";

    @BeforeAll
    static void writeFakes() throws IOException {
        FakePluginJar.writeTo(pluginFolder);
    }

    private RunCommandTest.Result run(String samplesOut, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--plugin-dir", pluginFolder.toString(),
                "--target", "blob", "--variant", "drift", "--steps", "50", "--seed", "1",
                "--samples", "100", "--samples-out", samplesOut));
        args.addAll(List.of(extra));
        return RunCommandTest.gansim(args.toArray(new String[0]));
    }

    private Path oldFile(String name) throws IOException {
        return Files.writeString(out.resolve(name), OLD);
    }

    private List<String> filesLeft() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void metricsOnTheSamePathAsTheSamplesAreRefusedBeforeTraining() throws IOException {
        Path samples = oldFile("s.csv");
        RunCommandTest.Result result = run(samples.toString(), "--metrics-out", samples.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("--metrics-out " + samples + " is the same file as"
                + " --samples-out " + samples + "; give each output a file of its own");
        assertThat(Files.readString(samples)).isEqualTo(OLD);
        assertThat(result.out()).doesNotContain("Trained");
    }

    @Test
    void aSymbolicLinkToTheSamplesFileOrAPathThroughDotDotIsTheSameFile() throws IOException {
        Path samples = oldFile("s.csv");
        Path link = Files.createSymbolicLink(out.resolve("link.csv"), samples);
        RunCommandTest.Result viaLink = run(samples.toString(), "--metrics-out", link.toString());
        assertThat(viaLink.status()).isEqualTo(2);
        assertThat(viaLink.err()).contains("is the same file as --samples-out");

        Files.createDirectory(out.resolve("sub"));
        Path roundabout = out.resolve("sub/../s.csv");
        RunCommandTest.Result viaDots = run(samples.toString(), "--metrics-out", roundabout.toString());
        assertThat(viaDots.status()).isEqualTo(2);
        assertThat(viaDots.err()).contains("is the same file as --samples-out");
        assertThat(Files.readString(samples)).isEqualTo(OLD);
    }

    @Test
    void anUnwritableFolderIsRefusedBeforeTrainingAndNoMetricsAreWritten() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into any folder");
        Path locked = Files.createDirectory(out.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            RunCommandTest.Result result = run(locked.resolve("s.csv").toString(),
                    "--metrics-out", out.resolve("m.csv").toString());
            assertThat(result.status()).isEqualTo(2);
            assertThat(result.errLines()).containsExactly("Cannot write --samples-out " + locked.resolve("s.csv")
                    + ": the folder " + locked + " is not writable");
            assertThat(out.resolve("m.csv")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aCompleteRunReplacesTheOldFilesAndLeavesNoTemporaryFile() throws IOException {
        Path samples = oldFile("s.csv");
        Path metrics = oldFile("m.csv");
        RunCommandTest.Result result = run(samples.toString(), "--metrics-out", metrics.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(Files.readAllLines(samples)).hasSize(101).first().isEqualTo("x,y");
        assertThat(Files.readAllLines(metrics)).hasSize(6).first().asString().startsWith("step,d_loss,g_loss");
        assertThat(filesLeft()).containsExactly("m.csv", "s.csv");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(samples))).isEqualTo("rw-r--r--");
    }

    @Test
    void writingThroughASymbolicLinkReplacesTheFileItPointsTo() throws IOException {
        Path samples = oldFile("s.csv");
        Path link = Files.createSymbolicLink(out.resolve("link.csv"), samples);
        RunCommandTest.Result result = run(link.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(samples)).hasSize(101);
    }

    @Test
    void aPluginFaultLeavesTheOldFilesAsTheyWere() throws IOException {
        Path samples = oldFile("s.csv");
        Path metrics = oldFile("m.csv");
        RunCommandTest.Result result = run(samples.toString(), "--metrics-out", metrics.toString(),
                "--param", "variant.fault=throw", "--param", "variant.fault_step=20");
        assertThat(result.status()).isEqualTo(1);
        assertThat(Files.readString(samples)).isEqualTo(OLD);
        assertThat(Files.readString(metrics)).isEqualTo(OLD);
        assertThat(filesLeft()).containsExactly("m.csv", "s.csv");
    }

    @Test
    void aBillionSamplesAreRefusedBeforeTrainingNamingTheMemory() throws IOException {
        Path samples = oldFile("s.csv");
        List<String> args = new ArrayList<>(List.of("run", "--plugin-dir", pluginFolder.toString(),
                "--target", "blob", "--variant", "drift", "--steps", "50", "--seed", "1",
                "--samples", "1000000000", "--samples-out", samples.toString()));
        long started = System.nanoTime();
        RunCommandTest.Result result = RunCommandTest.gansim(args.toArray(new String[0]));
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("--samples 1,000,000,000 needs about ").contains("B of memory to generate, but Java may use")
                .contains("ask for at most ");
        assertThat(Files.readString(samples)).isEqualTo(OLD);
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(20);
    }

    @Test
    void aMetricsFileBiggerThanTheDiskIsRefusedBeforeTraining() throws IOException {
        RunCommandTest.Result result = RunCommandTest.gansim("run", "--plugin-dir", pluginFolder.toString(),
                "--target", "blob", "--variant", "drift", "--steps", "99999999999999", "--seed", "1",
                "--samples", "10", "--samples-out", out.resolve("s.csv").toString(),
                "--log-every", "1", "--metrics-out", out.resolve("m.csv").toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("--metrics-out " + out.resolve("m.csv")
                + " would take about ").contains("on disk (100,000,000,000,000 rows: one every 1 of")
                .contains("raise --log-every");
        assertThat(filesLeft()).isEmpty();
    }

    @Test
    void networksThatCannotFitAreRefusedBeforeTheyAreBuilt() {
        String layers = String.join(",", java.util.Collections.nCopies(4000, "1024"));
        RunCommandTest.Result result = run(out.resolve("s.csv").toString(), "--param", "model.g_hidden=" + layers);
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("The networks (G hidden 1024,1024,")
                .contains("of memory, but Java may use at most");
    }

    @Test
    void aRepeatedParamKeyIsRefusedShowingBothValues() {
        RunCommandTest.Result result = run(out.resolve("s.csv").toString(),
                "--param", "variant.lr=0.1", "--param", "variant.lr=0.2");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("--param variant.lr is given twice (0.1 and 0.2); give each key once");
    }

    @Test
    void aRepeatedKeyQuotesAtMostEightyCharactersOfEachValue() {
        String huge = "9".repeat(100_000);
        String message = RepeatedKeys.firstRepeated(List.of("k=" + huge, "k=1"));
        assertThat(message).hasSizeLessThan(200).contains("… (100000 characters)");
    }

    @Test
    void anArgumentStartingWithAnAtSignIsAnArgumentFileAsTheReadmeSays() throws IOException {
        // Documented: "@FILE" reads arguments from FILE (sweep files use it); a path to a file whose
        // name starts with @ is written as a path (./@s.csv or an absolute path), which is not expanded.
        Path at = out.resolve("@s.csv");
        Path options = Files.writeString(out.resolve("run.args"), String.join("\n", "--target blob",
                "--variant drift", "--steps 5", "--seed 1", "--samples 10", "--samples-out " + at) + "\n");
        RunCommandTest.Result result = RunCommandTest.gansim("--plugin-dir", pluginFolder.toString(), "run",
                "@" + options);
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(Files.readAllLines(at)).hasSize(11);
    }

    @Test
    @Timeout(60)
    void aStepThatNeverReturnsStopsTheRunAfterTheTimeLimitNamingThePlugin() throws IOException {
        Path samples = oldFile("s.csv");
        long started = System.nanoTime();
        RunCommandTest.Result result = run(samples.toString(), "--time-limit", "2",
                "--param", "variant.fault=loop", "--param", "variant.fault_step=10");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("Training stopped at step ").contains("Plugin 'drift' has not returned for 2 s")
                .endsWith("(its thread was left behind)");
        assertThat(seconds).isBetween(1.9, 30.0);
        assertThat(Files.readString(samples)).isEqualTo(OLD);
    }

    @Test
    void theBoundaryValuesOfTheLimitsAreExact() {
        // one sample of a 2-64-64-2 generator: latent 2, output 2, two layers of 64 alive, twice over (measured: 990,000 samples ran out of a 1 GB heap)
        assertThat(RunLimits.bytesPerSample(2, List.of(64, 64), 2)).isEqualTo(8 * (2 + 2 + 128) * 2);
        long fits = 100 * RunLimits.bytesPerSample(2, List.of(64, 64), 2);
        assertThat(RunLimits.samplesProblem(100, 2, List.of(64, 64), 2, fits)).isNull();
        assertThat(RunLimits.samplesProblem(101, 2, List.of(64, 64), 2, fits)).contains("ask for at most 100 samples");
        assertThat(RunLimits.diskProblem("--samples-out", out.resolve("s.csv"), 1000, 1000, "x")).isNull();
        assertThat(RunLimits.diskProblem("--samples-out", out.resolve("s.csv"), 1001, 1000, "x"))
                .contains("about 1001 bytes on disk (x), but only 1000 bytes is free there");
        assertThat(RunLimits.bytes(3L << 30)).isEqualTo("3.0 GB");
        assertThat(RunLimits.samplesProblem(Long.MAX_VALUE, 2, List.of(64), 2, Long.MAX_VALUE - 1))
                .as("an overflowing product is too much, not a negative number").isNotNull();
    }

    @Test
    void theOldFileIsReadableAsItWasWhileATemporaryFileIsOpen() throws IOException {
        Path samples = oldFile("s.csv");
        try (AtomicOutput output = AtomicOutput.open(samples)) {
            output.writer().write("x,y\n1,2\n");
            output.writer().flush();
            assertThat(Files.readString(samples)).isEqualTo(OLD);
            assertThat(output.temporary().getParent()).isEqualTo(samples.getParent().toRealPath());
            assertThat(AtomicOutput.discardAllPending()).containsExactly(samples.toRealPath());
        }
        assertThat(Files.readString(samples, StandardCharsets.UTF_8)).isEqualTo(OLD);
        assertThat(filesLeft()).containsExactly("s.csv");
    }
}
