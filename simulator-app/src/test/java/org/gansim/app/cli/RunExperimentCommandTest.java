package org.gansim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gansim.app.cli.RunCommandTest.gansim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gansim run --save-experiment} and {@code --experiment}: 30 steps saved then 20 more give the
 * same samples and metrics as 50 straight; a fresh experiment reruns to its step count; bad files
 * end with status 2 and one line.
 */
class RunExperimentCommandTest {

    @TempDir
    Path out;

    private static final String[] SMALL = {"--param", "train.batch=32", "--param", "model.g_hidden=16,16",
        "--param", "model.d_hidden=16,16"};

    private RunCommandTest.Result run(String... args) {
        String[] all = new String[SMALL.length + args.length + 1];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(SMALL, 0, all, 1 + args.length, SMALL.length);
        return gansim(all);
    }

    @Test
    void savingThenContinuingGivesTheStraightRun() throws IOException {
        Path saved = out.resolve("half.json");
        var first = run("--target", "ring8", "--variant", "wgan-gp", "--seed", "4", "--steps", "30",
                "--save-experiment", saved.toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("Saved the experiment at step 30 to " + saved);

        var continued = gansim("run", "--experiment", saved.toString(), "--steps", "20", "--samples", "400",
                "--samples-out", out.resolve("continued.csv").toString(),
                "--metrics-out", out.resolve("continued-metrics.csv").toString(), "--log-every", "5");
        assertThat(continued.status()).as(continued.err()).isZero();
        var straight = run("--target", "ring8", "--variant", "wgan-gp", "--seed", "4", "--steps", "50",
                "--samples", "400", "--samples-out", out.resolve("straight.csv").toString(),
                "--metrics-out", out.resolve("straight-metrics.csv").toString(), "--log-every", "5");
        assertThat(straight.status()).as(straight.err()).isZero();

        assertThat(Files.readString(out.resolve("continued.csv"))).isEqualTo(Files.readString(out.resolve("straight.csv")));
        // The continued run logs steps 35..50, the same lines as the straight run's end.
        var straightLines = Files.readAllLines(out.resolve("straight-metrics.csv"));
        var continuedLines = Files.readAllLines(out.resolve("continued-metrics.csv"));
        assertThat(continuedLines.get(1)).startsWith("35,");
        assertThat(continuedLines.subList(1, continuedLines.size()))
                .isEqualTo(straightLines.subList(straightLines.size() - 4, straightLines.size()));
    }

    @Test
    void anExperimentWithoutNetworksIsTrainedAgainToItsStepCount() throws IOException {
        Path saved = out.resolve("full.json");
        assertThat(run("--target", "ring8", "--variant", "vanilla", "--seed", "2", "--steps", "25",
                "--samples", "100", "--samples-out", out.resolve("a.csv").toString(),
                "--save-experiment", saved.toString()).status()).isZero();
        String text = Files.readString(saved);
        int run = text.indexOf(",\n  \"run\"");
        Files.writeString(saved, text.substring(0, run) + "\n}\n");
        var again = gansim("run", "--experiment", saved.toString(), "--samples", "100",
                "--samples-out", out.resolve("b.csv").toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("for 25 steps");
        assertThat(Files.readString(out.resolve("b.csv"))).isEqualTo(Files.readString(out.resolve("a.csv")));
    }

    @Test
    void aBadFileEndsWithOneLineAndStatus2() throws IOException {
        Path bad = out.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"gansim-experiment\", \"version\": 99}");
        var result = gansim("run", "--experiment", bad.toString(), "--steps", "1");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("bad.json was written by a newer GanSim (format version 99"
                + " at $.version; this one reads up to 1).");
    }

    @Test
    void theExperimentGivesTheTargetVariantAndSeed() throws IOException {
        Path saved = out.resolve("x.json");
        Files.writeString(saved, "{}");
        var result = gansim("run", "--experiment", saved.toString(), "--seed", "3");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines().get(0)).startsWith("--experiment gives the target, variant and seed");
    }
}
