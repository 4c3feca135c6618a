package org.gansim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gansim.api.TargetDistribution;
import org.gansim.fakes.FakePluginJar;
import org.gansim.fakes.SocketOpeningTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * GanSim opens no network socket, in {@code run} or in the window: the test watches the child JVM's
 * open descriptors every 20 ms for TCP or UDP sockets (the X display's Unix socket does not count).
 * A fixture plugin that opens a socket proves the watch sees one. A socket opened and closed within
 * one poll could slip through; one held open (a listener, a connection) cannot.
 */
class NoNetworkJarIT {

    @TempDir
    Path out;

    /** Watches the process until it ends or {@code seconds} pass (then it is ended), collecting sockets seen. */
    private static List<String> socketsSeen(Process process, double seconds) throws Exception {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                for (String socket : ChildGansim.inetSockets(process.pid())) {
                    if (!seen.contains(socket)) {
                        seen.add(socket);
                    }
                }
            } catch (IOException ended) {
                // the process ended between two reads of /proc
            }
            Thread.sleep(20);
        }
        process.destroy();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return seen;
    }

    private Process start(List<String> jvmOptions, String... args) throws IOException {
        ProcessBuilder builder = ChildGansim.command(jvmOptions, args);
        builder.redirectOutput(out.resolve("stdout.txt").toFile());
        builder.redirectError(out.resolve("stderr.txt").toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return builder.start();
    }

    private Process longRun(String... pluginDir) throws IOException {
        List<String> args = new ArrayList<>(List.of(pluginDir));
        args.addAll(List.of("run", "--target", "ring8", "--variant", "vanilla", "--steps", "4000", "--seed", "1",
                "--samples", "1000", "--samples-out", out.resolve("s.csv").toString(),
                "--metrics-out", out.resolve("m.csv").toString()));
        return start(List.of(), args.toArray(new String[0]));
    }

    @Test
    @Timeout(120)
    void runOpensNoSocket() throws Exception {
        Process run = longRun();
        assertThat(socketsSeen(run, 90)).isEmpty();
        assertThat(run.exitValue()).as(Files.readString(out.resolve("stderr.txt"))).isZero();
    }

    @Test
    @Timeout(120)
    void theWatchSeesTheSocketAPluginOpens() throws Exception {
        Path plugins = Files.createDirectory(out.resolve("plugins"));
        FakePluginJar.writeWithOnly(plugins.resolve("phone-home.jar"), TargetDistribution.class,
                SocketOpeningTarget.class);
        Process run = longRun("--plugin-dir", plugins.toString());
        assertThat(socketsSeen(run, 90)).as("the fixture listens on a TCP port").isNotEmpty()
                .allMatch(s -> s.startsWith("tcp"));
    }

    @Test
    @Timeout(120)
    void aWindowSessionOpensNoSocket() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "needs a display (CI runs the build under Xvfb)");
        Process window = start(List.of());
        // eight seconds: start-up, the first paint and the first snapshots
        List<String> seen = socketsSeen(window, 8);
        assertThat(seen).isEmpty();
        assertThat(Files.readString(out.resolve("stderr.txt"))).doesNotContain("Exception");
    }
}
