package org.gansim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window's JVM, and a command's, get the serial collector and a fixed young generation, unless the
 * user chose a collector.
 */
class WindowJvmTest {

    @Test
    void theWindowGetsTheMemoryOptionsAndFewerEarlyCompilations() {
        assertThat(WindowJvm.options(List.of("-Dfile.encoding=UTF-8")))
                .containsExactly("-XX:+UseSerialGC", "-Xms128m", "-Xmn64m", "-XX:SurvivorRatio=2", "-XX:MetaspaceSize=64m",
                        "-XX:CompileThresholdScaling=3");
    }

    @Test
    void aCollectorOfTheUsersOwnIsKeptAlone() {
        // Two collectors on one command line stop the JVM from starting.
        assertThat(WindowJvm.options(List.of("-XX:+UseG1GC"))).containsExactly("-XX:CompileThresholdScaling=3");
        assertThat(WindowJvm.options(List.of("-XX:+UseZGC", "-Xmx2g"))).containsExactly("-XX:CompileThresholdScaling=3");
    }

    @Test
    void aCommandGetsTheMemoryOptionsOnly() {
        assertThat(WindowJvm.memoryOptions(List.of("-Dfile.encoding=UTF-8"))).isEqualTo(WindowJvm.MEMORY);
        assertThat(WindowJvm.memoryOptions(List.of("-XX:+UseParallelGC"))).isEmpty();
    }

    /** The gansim script gives a command's JVM these options itself, before any Java runs. */
    @Test
    void theLauncherScriptGivesCommandsTheSameMemoryOptions() throws Exception {
        String script = java.nio.file.Files.readString(java.nio.file.Path.of("..", "gansim"));
        assertThat(script).contains("options+=(" + String.join(" ", WindowJvm.MEMORY) + ")");
    }

    @Test
    void theOptionsStartAJvm() throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(WindowJvm.options(List.of()));
        command.add("-version");
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes());
        assertThat(jvm.waitFor()).as(output).isZero();
    }
}
