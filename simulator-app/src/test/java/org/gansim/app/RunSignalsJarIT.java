package org.gansim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C and SIGTERM sent to a real {@code gansim run} (the packaged jar in its own JVM, a real
 * signal from {@code kill}): one line, status 130 or 143, and every output either the old file or a
 * complete new one, never a mix; no temporary file left behind.
 */
class RunSignalsJarIT {

    private static final String OLD = "x,y\nthe,old file\n";

    @TempDir
    Path out;

    private Process start(Path samples, Path metrics, String steps, String count) throws IOException {
        ProcessBuilder builder = ChildGansim.command(List.of("-Xmx3g"), "run", "--target", "ring8", "--variant", "vanilla",
                "--steps", steps, "--seed", "1", "--samples", count, "--samples-out", samples.toString(),
                "--metrics-out", metrics.toString(), "--log-every", "1");
        builder.redirectOutput(out.resolve("stdout.txt").toFile());
        builder.redirectError(out.resolve("stderr.txt").toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return builder.start();
    }

    /** Waits until the hidden temporary file of {@code target} holds at least {@code bytes}. */
    private void waitForPart(Path target, long bytes, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("gansim ended before the signal").isTrue();
            for (Path part : parts()) {
                if (part.getFileName().toString().startsWith("." + target.getFileName() + ".") && Files.size(part) >= bytes) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no temporary file of " + target + " reached " + bytes + " bytes");
    }

    private List<Path> parts() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private List<String> errorLines() throws IOException {
        return Files.readAllLines(out.resolve("stderr.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("WARNING: Using incubator modules"))
                .filter(l -> !(l.startsWith("GanSim: ") && l.contains(" engine"))) // the start-up engine line
                .toList();
    }

    @Test
    @Timeout(120)
    void sigintDuringTrainingKeepsTheOldMetricsAndExits130() throws Exception {
        Path samples = Files.writeString(out.resolve("samples.csv"), OLD);
        Path metrics = Files.writeString(out.resolve("metrics.csv"), OLD);
        Process gansim = start(samples, metrics, "100000000", "100");
        waitForPart(metrics, 8192, gansim); // a few hundred steps in, the first buffer written

        ChildGansim.signal(gansim, "INT");

        assertThat(gansim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(gansim.exitValue()).isEqualTo(130);
        assertThat(Files.readString(metrics)).isEqualTo(OLD);
        assertThat(Files.readString(samples)).isEqualTo(OLD);
        assertThat(parts()).isEmpty();
        assertThat(errorLines()).singleElement().asString().startsWith("Stopped at step ")
                .contains(" of 100000000 before the run finished: no file was half-written; ")
                .contains(metrics.toRealPath().toString()).endsWith("keep what they held");
    }

    @Test
    @Timeout(180)
    void sigtermWhileAMillionAndAHalfSamplesAreWrittenLeavesTheOldOrTheNewFileAndExits143() throws Exception {
        Path samples = Files.writeString(out.resolve("samples.csv"), OLD);
        Path metrics = out.resolve("metrics.csv");
        Process gansim = start(samples, metrics, "20", "1500000");
        waitForPart(samples, 1_000_000, gansim); // well into writing about 60 MB of points

        ChildGansim.signal(gansim, "TERM");

        assertThat(gansim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(gansim.exitValue()).isEqualTo(143);
        assertThat(parts()).isEmpty();
        if (Files.readString(samples).equals(OLD)) {
            assertThat(metrics).doesNotExist();
        } else {
            List<String> lines = Files.readAllLines(samples);
            // the signal came after the move: the whole new file, every line two complete numbers
            assertThat(lines).hasSize(1_500_001);
            assertThat(lines.get(lines.size() - 1)).matches("-?[0-9.E-]+,-?[0-9.E-]+");
        }
        assertThat(errorLines()).singleElement().asString().startsWith("Stopped at step 20 of 20");
    }
}
