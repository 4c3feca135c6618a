package org.gansim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gansim.api.TargetDistribution;
import org.gansim.fakes.FakePluginJar;
import org.gansim.fakes.SpinningTarget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin whose constructor never returns, in a plugin folder: every command still answers (the
 * plugin is FAILED, everything else loads), in a real JVM where the stuck thread cannot be stopped.
 */
class HungPluginJarIT {

    @TempDir
    static Path plugins;

    @TempDir
    Path out;

    @BeforeAll
    static void writeSpinner() throws IOException {
        FakePluginJar.writeWithOnly(plugins.resolve("spinner.jar"), TargetDistribution.class, SpinningTarget.class);
    }

    record Run(int status, String out, String err, double seconds) {
    }

    private static Run gansim(String... args) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = ChildGansim.command(List.of("-Dgansim.plugin.createTimeLimit=2"), args).start();
        process.getOutputStream().close();
        byte[] stdout = process.getInputStream().readAllBytes();
        byte[] stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("gansim hung").isTrue();
        return new Run(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8), (System.nanoTime() - started) / 1e9);
    }

    @Test
    @Timeout(90)
    void pluginsListsItAsFailedAfterTheTimeLimit() throws Exception {
        Run run = gansim("plugins", "--plugin-dir", plugins.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("FAILED").contains("org.gansim.fakes.SpinningTarget did not finish creating within 2 s")
                .contains("ring8");
        assertThat(run.seconds()).isLessThan(40);
    }

    @Test
    @Timeout(90)
    void runWithTheBuiltInsStillTrains() throws Exception {
        Run run = gansim("run", "--plugin-dir", plugins.toString(), "--target", "ring8", "--variant", "vanilla",
                "--steps", "20", "--seed", "1", "--samples", "10", "--samples-out", out.resolve("s.csv").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote 10 samples");
    }

    @Test
    @Timeout(90)
    void checkPluginFailsItWithinItsTimeLimit() throws Exception {
        Run run = gansim("check-plugin", "--time-limit", "2", plugins.resolve("spinner.jar").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  loads in the host: org.gansim.fakes.SpinningTarget did not finish"
                + " creating within 2 s");
    }
}
