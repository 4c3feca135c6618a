package org.gansim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gansim.fakes.FakePluginJar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code gansim.jar}, run as a user runs it: in its own JVM. The built-in plugins must be
 * inside it (ring8 comes from the jar), and external ones come in with --plugin-dir.
 */
class GansimJarIT {

    @TempDir
    static Path plugins;

    @TempDir
    Path out;

    @BeforeAll
    static void writeFakes() throws IOException {
        FakePluginJar.writeTo(plugins);
    }

    /** Exit status, standard output and error lines (without the JVM's incubator notice and the engine line). */
    record Run(int status, String out, List<String> err) {
    }

    private static Run gansim(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules=jdk.incubator.vector", "-jar", Path.of("target", "gansim.jar").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] stdout = process.getInputStream().readAllBytes();
        byte[] stderr = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "gansim.jar did not finish");
        List<String> err = new String(stderr, StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("WARNING: Using incubator modules"))
                .filter(l -> !l.startsWith("GanSim: ") || !l.contains(" engine")).toList();
        return new Run(process.exitValue(), new String(stdout, StandardCharsets.UTF_8), err);
    }

    private Run run(String file) throws IOException, InterruptedException {
        return gansim("run", "--plugin-dir", plugins.toString(), "--target", "ring8", "--variant", "drift",
                "--steps", "100", "--seed", "1", "--samples", "250", "--samples-out", out.resolve(file).toString());
    }

    @Test
    void runsHeadlessAndGivesTheSameBytesForTheSameSeed() throws IOException, InterruptedException {
        Run first = run("a.csv");
        assertEquals(0, first.status(), String.join("\n", first.err()));
        assertTrue(first.out().contains("steps per second"), first.out());
        assertTrue(first.out().contains("Modes captured: "), first.out());
        List<String> lines = Files.readAllLines(out.resolve("a.csv"));
        assertEquals("x,y", lines.get(0));
        assertEquals(251, lines.size());
        assertEquals(0, run("b.csv").status());
        assertArrayEquals(Files.readAllBytes(out.resolve("a.csv")), Files.readAllBytes(out.resolve("b.csv")));
    }

    @Test
    void badInputIsOneLineAndStatusTwo() throws IOException, InterruptedException {
        Run run = gansim("run", "--target", "nope", "--variant", "drift", "--steps", "1", "--seed", "1",
                "--samples", "1", "--samples-out", out.resolve("x.csv").toString());
        assertEquals(2, run.status());
        assertEquals(1, run.err().size(), String.join("\n", run.err()));
        assertTrue(run.err().get(0).startsWith("Unknown target 'nope'; valid targets: "), run.err().get(0));
        assertTrue(run.err().get(0).contains("ring8"), run.err().get(0));
    }
}
