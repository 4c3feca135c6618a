package org.gansim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gansim.api.Visualization;
import org.gansim.fakes.FakePluginJar;
import org.gansim.fakes.HangingPaintVisualization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged window with a plugin view whose painting never returns: the frozen JVM ends, and a new
 * window opens the kept experiment without that view and says so, as a user who started
 * {@code gansim.jar} would see it.
 */
class HungViewJarIT {

    @TempDir
    Path home;

    @Test
    @Timeout(150)
    void aFrozenWindowStartsAgainWithoutTheViewAndKeepsTheExperiment() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "needs a display (CI runs the build under Xvfb)");
        Path plugins = Files.createDirectory(home.resolve("plugins"));
        FakePluginJar.writeWithOnly(plugins.resolve("hanging.jar"), Visualization.class, HangingPaintVisualization.class);
        Path stderr = home.resolve("stderr.txt");
        ProcessBuilder builder = ChildGansim.command(List.of("-Duser.home=" + home, "-Dgansim.viewTimeLimit=2",
                "-D" + HangingPaintVisualization.ARMED + "=true"), "--plugin-dir", plugins.toString());
        builder.redirectOutput(home.resolve("stdout.txt").toFile());
        builder.redirectError(stderr.toFile()); // the new window writes here too: it inherits the stream
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process frozen = builder.start();
        try {
            assertThat(frozen.waitFor(90, TimeUnit.SECONDS)).as("the frozen window ends: " + read(stderr)).isTrue();
            assertThat(frozen.exitValue()).isZero();
            assertThat(read(stderr)).contains("GanSim: view 'hanging-paint' did not finish painting within 2 s, which"
                    + " froze the window; starting again without it.");

            String note = "GanSim: View 'hanging-paint' did not finish painting within 2 s and froze the window, so"
                    + " GanSim started again without it";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!read(stderr).contains(note) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(read(stderr)).contains(note);
            assertThat(newWindow()).as("the new window runs").isPresent();
            Path recovered = home.resolve(".gansim").resolve("recovered");
            try (Stream<Path> kept = Files.list(recovered)) {
                List<Path> files = kept.toList();
                assertThat(files).hasSize(1);
                assertThat(read(stderr)).contains("kept in " + files.get(0));
                assertThat(Files.readString(files.get(0))).contains("hanging-paint"); // among the hidden views
            }
            Thread.sleep(4000);
            assertThat(read(stderr)).as("the view is off in the new window, which stays up")
                    .containsOnlyOnce("starting again without it");
            assertThat(newWindow()).isPresent();
        } finally {
            frozen.destroyForcibly();
            newWindow().ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    @Timeout(120)
    void recordStopsWhenAViewHangsAndKeepsTheFramesSoFar() throws Exception {
        Path plugins = Files.createDirectory(home.resolve("plugins"));
        FakePluginJar.writeWithOnly(plugins.resolve("hanging.jar"), Visualization.class, HangingPaintVisualization.class);
        Path out = home.resolve("frames");
        Process record = ChildGansim.command(List.of("-Djava.awt.headless=true", "-Dgansim.viewTimeLimit=2",
                "-D" + HangingPaintVisualization.ARMED + "=true"), "--plugin-dir", plugins.toString(), "record",
                "--target", "ring8", "--variant", "vanilla", "--steps", "4", "--every", "2",
                "--view", "scatter,hanging-paint", "--size", "200x150", "--out", out.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(home.resolve("stderr.txt").toFile())
                .redirectOutput(home.resolve("stdout.txt").toFile()).start();
        try {
            assertThat(record.waitFor(60, TimeUnit.SECONDS)).as("record ends: " + read(home.resolve("stderr.txt")))
                    .isTrue();
            assertThat(record.exitValue()).isEqualTo(1);
            assertThat(read(home.resolve("stderr.txt"))).contains("View 'hanging-paint' did not finish within 2 s"
                    + " when asked to paint step 0; recording stops at step 0 and the frames so far are kept (Java"
                    + " cannot stop the view)");
            assertThat(javax.imageio.ImageIO.read(out.resolve("scatter.gif").toFile())).as("the scatter view's frame")
                    .isNotNull();
            assertThat(out.resolve("scatter").resolve("step-0000000.png")).exists();
        } finally {
            record.destroyForcibly();
        }
    }

    /** The window started again: a JVM whose command line names this test's home folder. */
    private Optional<ProcessHandle> newWindow() {
        String mark = "-Duser.home=" + home;
        Predicate<ProcessHandle> ours = p -> p.info().commandLine().orElse("").contains(mark)
                && p.info().commandLine().orElse("").contains("gansim.recovery.count=1");
        return ProcessHandle.allProcesses().filter(ours).findFirst();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
