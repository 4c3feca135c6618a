package org.gansim.app.cli;

import static org.gansim.app.cli.RunCommandTest.gansim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gansim.app.cli.RunCommandTest.Result;
import org.gansim.app.lab.CsvCells;
import org.gansim.app.lab.PublishedFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gansim bench modes} on short runs of small networks: the table's figures come from the runs. */
class BenchModesCommandTest {

    @TempDir
    Path dir;

    private static final List<String> SMALL = List.of("bench", "modes", "--variants", "vanilla,pacgan",
            "--targets", "ring,grid", "--seeds", "1..3", "--steps", "30", "--param", "model.g_hidden=16,16",
            "--param", "model.d_hidden=16,16", "--jobs", "2");

    private Result bench(String... extra) {
        String[] args = new String[SMALL.size() + extra.length];
        for (int i = 0; i < SMALL.size(); i++) {
            args[i] = SMALL.get(i);
        }
        System.arraycopy(extra, 0, args, SMALL.size(), extra.length);
        return gansim(args);
    }

    @Test
    void theTableShowsTheMeanAndStandardErrorOfTheRunsBesideThePublishedFigures() throws IOException {
        Path runs = dir.resolve("runs.csv");
        Result result = bench("--runs-out", runs.toString());
        assertEquals(0, result.status(), result.err());
        List<List<String>> rows = Files.readAllLines(runs).stream().map(CsvCells::split).toList();
        assertEquals(1 + 2 * 2 * 3, rows.size());

        // The oracle: the vanilla grid runs' modes, averaged here from the CSV.
        List<String> header = rows.get(0);
        double[] modes = rows.stream().skip(1).filter(r -> r.get(1).equals("grid25") && r.get(2).equals("vanilla"))
                .mapToDouble(r -> Double.parseDouble(r.get(header.indexOf("modes")))).toArray();
        assertEquals(3, modes.length);
        double mean = (modes[0] + modes[1] + modes[2]) / 3;
        double sd = Math.sqrt((Math.pow(modes[0] - mean, 2) + Math.pow(modes[1] - mean, 2)
                + Math.pow(modes[2] - mean, 2)) / 2);
        String cell = String.format(Locale.ROOT, "%.1f ± %.1f", mean, sd / Math.sqrt(3));
        String vanillaLine = result.out().lines().filter(l -> l.startsWith("| vanilla | GanSim |")).findFirst()
                .orElseThrow();
        assertEquals(cell, vanillaLine.split(" \\| ")[7], vanillaLine);
        assertTrue(vanillaLine.startsWith("| vanilla | GanSim | 3 | 30 |"), vanillaLine);
        assertTrue(result.out().contains("| GAN | " + PublishedFigures.PACGAN + " | 10 | 400000 | 6.3 ± 0.5 |"),
                result.out());
        assertTrue(result.out().contains("  vanilla: G [16, 16], D [16, 16] (hidden widths), latent 2 (gaussian),"
                + " batch 256"), result.out());
        assertTrue(result.out().contains("WGAN-GP is in neither table."));

        // The same table again from the kept runs, without training.
        Result again = gansim("bench", "modes", "--from", runs.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains(vanillaLine), again.out());
    }

    @Test
    void csvGivesOneLinePerMethodAndTarget() {
        Result result = bench("--format", "csv");
        assertEquals(0, result.status(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("method,source,target,runs,steps,mode_count,modes_mean,modes_se,high_quality_mean,"
                + "high_quality_se,reverse_kl_mean,reverse_kl_se", lines.get(0));
        assertTrue(lines.get(1).startsWith("vanilla,GanSim,ring8,3,30,8,"), lines.get(1));
        assertTrue(lines.contains("GAN," + PublishedFigures.PACGAN + ",grid25,10,400000,25,17.3,0.8,"
                + "94.8,0.7,0.7,0.07"), result.out());
    }

    @Test
    void paperScaleTrainsThePapersNetworksAndBatch() {
        Result result = gansim("bench", "modes", "--paper-scale", "--variants", "vanilla,pacgan,wgan-gp",
                "--targets", "ring", "--seeds", "1", "--steps", "1");
        assertEquals(0, result.status(), result.err());
        for (String variant : List.of("vanilla", "pacgan", "wgan-gp")) {
            assertTrue(result.out().contains("  " + variant + ": G [400, 400, 400, 400], D [200, 200, 200] (hidden"
                    + " widths), latent 2 (gaussian), batch 100"), result.out());
        }
    }

    @Test
    void anUnknownTargetIsOneLineNamingTheValidOnes() {
        Result result = gansim("bench", "modes", "--targets", "spiral");
        assertEquals(2, result.status());
        assertEquals(List.of("Unknown benchmark target 'spiral'; valid targets: grid, ring"), result.errLines());
    }
}
