package org.gansim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar gansim.jar} with no flag, as a teacher double-clicks it: it must train on the
 * vector engine by starting itself again with the Vector API module, pass on the exit status, keep
 * the working directory, and write the same bytes as a JVM started with the module.
 */
class BareJarIT {

    private static final Path JAR = Path.of("target", "gansim.jar").toAbsolutePath();

    @TempDir
    Path work;

    record Run(int status, String out, List<String> err) {
        List<String> engineLines() {
            return err.stream().filter(l -> l.startsWith("GanSim: ") && l.contains(" engine")).toList();
        }
    }

    private Run java(List<String> jvmOptions, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().remove(VectorModuleRelaunch.MARKER);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] stdout = process.getInputStream().readAllBytes();
        byte[] stderr = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "gansim.jar did not finish");
        return new Run(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8).lines().toList());
    }

    private static String[] run(String samplesOut) {
        return new String[] {"run", "--target", "ring8", "--variant", "vanilla", "--steps", "60", "--seed", "7",
            "--samples", "200", "--samples-out", samplesOut};
    }

    @Test
    void theBareJarTrainsOnTheVectorEngineAndWritesTheSameBytes() throws IOException, InterruptedException {
        // A relative path: the relaunched program must work in the same directory.
        Run bare = java(List.of(), Map.of(), run("bare.csv"));
        assertEquals(0, bare.status(), String.join("\n", bare.err()));
        assertEquals(1, bare.engineLines().size(), String.join("\n", bare.err()));
        assertTrue(bare.engineLines().get(0).startsWith("GanSim: vector engine"), bare.engineLines().get(0));
        assertFalse(bare.out().contains("engine"), "the engine line belongs on standard error: " + bare.out());
        assertTrue(bare.out().contains("steps per second"), bare.out());

        Run flagged = java(List.of("--add-modules=jdk.incubator.vector"), Map.of(), run("flagged.csv"));
        assertEquals(0, flagged.status(), String.join("\n", flagged.err()));
        assertTrue(flagged.engineLines().get(0).startsWith("GanSim: vector engine"), flagged.engineLines().get(0));
        assertArrayEquals(Files.readAllBytes(work.resolve("flagged.csv")), Files.readAllBytes(work.resolve("bare.csv")));
    }

    @Test
    void theChildsExitStatusIsPassedOn() throws IOException, InterruptedException {
        Run bad = java(List.of(), Map.of(), "run", "--steps", "-5");
        assertEquals(2, bad.status(), String.join("\n", bad.err()));
        assertTrue(bad.engineLines().get(0).startsWith("GanSim: vector engine"), String.join("\n", bad.err()));
    }

    @Test
    void jvmOptionsReachTheChild() throws IOException, InterruptedException {
        // picocli reads this property when it lays out the help, so the help shows whether the child saw it.
        Run wide = java(List.of(), Map.of(), "run", "--help");
        Run narrow = java(List.of("-Dpicocli.usage.width=60"), Map.of(), "run", "--help");
        assertEquals(0, narrow.status(), String.join("\n", narrow.err()));
        assertTrue(narrow.engineLines().get(0).startsWith("GanSim: vector engine"), narrow.engineLines().get(0));
        assertTrue(wide.out().lines().anyMatch(l -> l.length() > 60), wide.out());
        assertTrue(narrow.out().lines().allMatch(l -> l.length() <= 60), narrow.out());
    }

    /** A command's JVM gets the memory options too: the serial collector instead of a G1 heap of hundreds of MB. */
    @Test
    void aCommandsChildGetsTheSerialCollector() throws IOException, InterruptedException {
        // -Xlog:gc reaches the child with the other JVM options; each JVM names its collector.
        Run logged = java(List.of("-Xlog:gc:stderr"), Map.of(), run("logged.csv"));
        assertEquals(0, logged.status(), String.join("\n", logged.err()));
        assertTrue(logged.err().stream().anyMatch(l -> l.contains("Using Serial")), String.join("\n", logged.err()));
        Run own = java(List.of("-XX:+UseParallelGC", "-Xlog:gc:stderr"), Map.of(), run("own.csv"));
        assertEquals(0, own.status(), String.join("\n", own.err()));
        assertFalse(own.err().stream().anyMatch(l -> l.contains("Using Serial")), String.join("\n", own.err()));
    }

    @Test
    void askingForThePlainEngineStartsNoSecondJvm() throws IOException, InterruptedException {
        Run plain = java(List.of("-Dgansim.kernel=plain"), Map.of(), run("plain.csv"));
        assertEquals(0, plain.status(), String.join("\n", plain.err()));
        assertEquals(List.of("GanSim: plain engine (textbook loops, chosen by -Dgansim.kernel=plain)"), plain.engineLines());
    }

    @Test
    void aMarkedJvmNeverStartsAnotherOne() throws IOException, InterruptedException {
        Run marked = java(List.of(), Map.of(VectorModuleRelaunch.MARKER, "1"), run("marked.csv"));
        assertEquals(0, marked.status(), String.join("\n", marked.err()));
        assertEquals(1, marked.engineLines().size(), String.join("\n", marked.err()));
        assertTrue(marked.engineLines().get(0).startsWith("GanSim: plain engine (blocked loops; no jdk.incubator.vector"),
                marked.engineLines().get(0));
        assertTrue(Files.size(work.resolve("marked.csv")) > 0);
    }

    @Test
    void theRelaunchedProgramStopsWhenItsStarterIsKilled() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(run("killed.csv")));
        command.set(command.indexOf("60"), "1000000"); // --steps: far more than the test waits for
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("killed.log").toFile());
        builder.environment().remove(VectorModuleRelaunch.MARKER);
        Process starter = builder.start();
        ProcessHandle child = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child == null && System.nanoTime() < deadline) {
            child = starter.children().findFirst().orElse(null);
            Thread.sleep(50);
        }
        assertTrue(child != null, "no relaunched child appeared: " + Files.readString(work.resolve("killed.log")));
        starter.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs in the starter
        ProcessHandle orphan = child;
        boolean ended = orphan.onExit().thenApply(h -> true).completeOnTimeout(false, 60, TimeUnit.SECONDS).join();
        if (!ended) {
            orphan.destroyForcibly();
        }
        assertTrue(ended, "the relaunched program kept running after its starter was killed");
    }
}
