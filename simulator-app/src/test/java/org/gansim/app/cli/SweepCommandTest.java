package org.gansim.app.cli;

import static org.gansim.app.cli.RunCommandTest.gansim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gansim.app.Main;
import org.gansim.app.cli.RunCommandTest.Result;
import org.gansim.app.lab.CsvCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gansim sweep} and {@code gansim sweep merge} on the built-in ring and GANs, with small networks
 * and short runs: the same CSV whatever the jobs, shards that merge into the whole, resuming after a kill.
 */
class SweepCommandTest {

    @TempDir
    Path dir;

    /** Eight runs: two variants x two learning rates x two seeds, small networks. */
    private static final List<String> GRID = List.of("--target", "ring8", "--variant", "vanilla,pacgan",
            "--param", "variant.lr_d=1e-3,2e-4", "--param", "model.g_hidden=16,16", "--param", "model.d_hidden=16,16",
            "--seeds", "1..2", "--steps", "40", "--samples", "500");

    private Result sweep(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep"));
        args.addAll(GRID);
        args.addAll(List.of("--out", out.toString()));
        args.addAll(List.of(extra));
        return gansim(args.toArray(new String[0]));
    }

    private static List<List<String>> rows(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().map(CsvCells::split).toList();
    }

    @Test
    void theSameSweepGivesTheSameCsvWithOneJobOrTwo() throws IOException {
        Path one = dir.resolve("one.csv");
        Path two = dir.resolve("two.csv");
        Result first = sweep(one, "--jobs", "1", "--no-timing");
        assertEquals(0, first.status(), first.err());
        Result second = sweep(two, "--jobs", "2", "--no-timing");
        assertEquals(0, second.status(), second.err());

        assertEquals(Files.readString(one), Files.readString(two));
        List<List<String>> rows = rows(one);
        assertEquals(List.of("run", "target", "variant", "variant.lr_d", "model.g_hidden", "model.d_hidden", "seed",
                "steps", "status", "d_loss", "g_loss", "modes", "mode_count", "high_quality", "reverse_kl", "kl", "js"),
                rows.get(0));
        assertEquals(9, rows.size());
        // Canonical order: variants, then the learning rate, then the seed changing fastest.
        assertEquals(List.of("0", "ring8", "vanilla", "1e-3", "16,16", "16,16", "1"), rows.get(1).subList(0, 7));
        assertEquals(List.of("3", "ring8", "vanilla", "2e-4", "16,16", "16,16", "2"), rows.get(4).subList(0, 7));
        assertEquals(List.of("7", "ring8", "pacgan", "2e-4", "16,16", "16,16", "2"), rows.get(8).subList(0, 7));
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals("40", row.get(7));
            assertEquals("ok", row.get(8));
            assertEquals("8", row.get(12));
            double js = Double.parseDouble(row.get(16));
            assertTrue(js >= 0 && js <= Math.log(2) + 1e-12, "JS in [0, ln 2]: " + js);
        }
        // Different seeds and learning rates give different runs, not one copied row.
        assertNotEquals(rows.get(1).subList(9, 17), rows.get(2).subList(9, 17));
        assertNotEquals(rows.get(1).subList(9, 17), rows.get(3).subList(9, 17));
    }

    @Test
    void theWallTimeIsTheLastColumnAndTheOnlyOneThatDiffers() throws IOException {
        Path timed = dir.resolve("timed.csv");
        Path plain = dir.resolve("plain.csv");
        assertEquals(0, sweep(timed, "--jobs", "2").status());
        assertEquals(0, sweep(plain, "--jobs", "1", "--no-timing").status());
        List<List<String>> withTime = rows(timed);
        List<List<String>> without = rows(plain);
        assertEquals("seconds", withTime.get(0).get(withTime.get(0).size() - 1));
        for (int i = 0; i < without.size(); i++) {
            List<String> row = withTime.get(i);
            assertEquals(without.get(i), row.subList(0, row.size() - 1));
        }
        assertTrue(Double.parseDouble(withTime.get(1).get(17)) > 0);
    }

    @Test
    void threeShardsMergedEqualTheWholeSweep() throws IOException {
        Path whole = dir.resolve("whole.csv");
        assertEquals(0, sweep(whole, "--jobs", "2", "--no-timing").status());
        List<String> merge = new ArrayList<>(List.of("sweep", "merge", "--out", dir.resolve("merged.csv").toString()));
        for (int k = 2; k >= 0; k--) { // merged in any order
            Path shard = dir.resolve("shard-" + k + ".csv");
            Result result = sweep(shard, "--jobs", "1", "--no-timing", "--shard", k + "/3");
            assertEquals(0, result.status(), result.err());
            List<List<String>> rows = rows(shard);
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(k, Integer.parseInt(row.get(0)) % 3);
            }
            merge.add(shard.toString());
        }
        Result merged = gansim(merge.toArray(new String[0]));
        assertEquals(0, merged.status(), merged.err());
        assertEquals(Files.readString(whole), Files.readString(dir.resolve("merged.csv")));
    }

    @Test
    void mergeRefusesADuplicateRunAndADifferentHeader() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertEquals(0, sweep(a, "--shard", "0/4", "--no-timing").status());
        assertEquals(0, sweep(b, "--shard", "0/4").status());
        Path out = dir.resolve("m.csv");
        Result twice = gansim("sweep", "merge", "--out", out.toString(), a.toString(), a.toString());
        assertEquals(2, twice.status());
        assertTrue(twice.err().contains("repeats run 0"), twice.err());
        Result headers = gansim("sweep", "merge", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(2, headers.status());
        assertTrue(headers.err().contains("differs from the first shard's"), headers.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aRerunSkipsTheFinishedRows() throws IOException {
        Path out = dir.resolve("resume.csv");
        assertEquals(0, sweep(out, "--shard", "0/2", "--no-timing").status());
        // The same file, now the whole sweep: only the other half is trained.
        Result rest = sweep(out, "--no-timing");
        assertEquals(0, rest.status(), rest.err());
        assertTrue(rest.out().startsWith("Trained 4 of 8 runs"), rest.out());
        Path whole = dir.resolve("whole.csv");
        assertEquals(0, sweep(whole, "--no-timing").status());
        assertEquals(Files.readString(whole), Files.readString(out));
        Result again = sweep(out, "--no-timing");
        assertTrue(again.out().startsWith("Trained 0 of 8 runs"), again.out());
    }

    /**
     * A real sweep process killed mid-sweep leaves a valid CSV of its finished runs; the same
     * command then finishes the rest, and the file equals an uninterrupted sweep's.
     */
    @Test
    void aSweepKilledMidwayResumesToTheSameCsv() throws Exception {
        Path out = dir.resolve("killed.csv");
        List<String> sweepArgs = List.of("sweep", "--target", "ring8", "--variant", "vanilla",
                "--param", "model.g_hidden=32,32", "--param", "model.d_hidden=32,32", "--seeds", "1..6",
                "--steps", "400", "--samples", "500", "--jobs", "1", "--no-timing", "--out", out.toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            command.add("--add-modules=jdk.incubator.vector");
        }
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(sweepArgs);
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (dataRows(out) < 2 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int finished = dataRows(out);
        assertTrue(finished >= 2 && finished < 6, "killed mid-sweep after " + finished + " runs; child log: "
                + Files.readString(dir.resolve("child.log")));
        // What the kill left is a CSV of complete rows only.
        List<List<String>> left = rows(out);
        for (List<String> row : left) {
            assertEquals(left.get(0).size(), row.size());
        }

        Result resumed = gansim(sweepArgs.toArray(new String[0]));
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.out().startsWith("Trained " + (6 - finished) + " of 6 runs"), resumed.out());

        Path whole = dir.resolve("uninterrupted.csv");
        List<String> again = new ArrayList<>(sweepArgs);
        again.set(again.size() - 1, whole.toString());
        assertEquals(0, gansim(again.toArray(new String[0])).status());
        assertEquals(Files.readString(whole), Files.readString(out));
    }

    private static int dataRows(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return 0;
        }
        try {
            return (int) Math.max(0, Files.readAllLines(csv).size() - 1);
        } catch (IOException e) {
            return 0; // being moved into place this instant
        }
    }

    /** A sweep row measures the same samples as {@code gansim run} with that seed writes and measures. */
    @Test
    void aRowAgreesWithRunForTheSameSeedAndValues() throws IOException {
        Path out = dir.resolve("one-run.csv");
        assertEquals(0, gansim("sweep", "--target", "ring8", "--variant", "pacgan", "--param", "variant.lr_d=2e-4",
                "--param", "model.g_hidden=16,16", "--param", "model.d_hidden=16,16", "--seeds", "3", "--steps", "60",
                "--no-timing", "--out", out.toString()).status());
        List<String> row = rows(out).get(1);
        Result run = gansim("run", "--target", "ring8", "--variant", "pacgan", "--param", "variant.lr_d=2e-4",
                "--param", "model.g_hidden=16,16", "--param", "model.d_hidden=16,16", "--seed", "3", "--steps", "60",
                "--samples", "2500", "--samples-out", dir.resolve("s.csv").toString());
        assertEquals(0, run.status(), run.err());
        String expected = String.format(java.util.Locale.ROOT,
                "Modes captured: %s of %s, high-quality samples: %.1f%%, reverse KL: %s", row.get(8), row.get(9),
                100 * Double.parseDouble(row.get(10)), row.get(11).equals("NaN")
                        ? "undefined (no high-quality sample)"
                        : String.format(java.util.Locale.ROOT, "%.4f", Double.parseDouble(row.get(11))));
        assertTrue(run.out().contains(expected), expected + " in " + run.out());
    }

    @Test
    void optionsCanComeFromASweepFile() throws IOException {
        Path file = dir.resolve("lr.sweep");
        Files.writeString(file, String.join("\n", "--target ring8", "--variant vanilla",
                "--param variant.lr_d=1e-3,2e-4", "--param model.g_hidden=16,16", "--param model.d_hidden=16,16",
                "--seeds 1..2", "--steps 40", "--samples 500", "--no-timing") + "\n");
        Path out = dir.resolve("from-file.csv");
        Result result = gansim("sweep", "@" + file, "--out", out.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals(5, rows(out).size());
        assertEquals("2e-4", rows(out).get(4).get(3));
    }

    @Test
    void badInputIsOneLineNamingTheProblem() {
        Path out = dir.resolve("bad.csv");
        Result unknownKey = sweep(out, "--param", "variant.nope=1,2");
        assertEquals(2, unknownKey.status());
        assertEquals(1, unknownKey.errLines().size(), unknownKey.err());
        assertTrue(unknownKey.err().contains("nope"), unknownKey.err());
        Result badShard = sweep(out, "--shard", "3/3");
        assertEquals(2, badShard.status());
        assertTrue(badShard.err().contains("K from 0 to N-1"), badShard.err());
        Result badSeeds = sweep(out, "--seeds", "5..1");
        assertEquals(2, badSeeds.status());
        assertTrue(badSeeds.err().contains("--seeds"), badSeeds.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anotherSweepsFileIsNotOverwritten() throws IOException {
        Path out = dir.resolve("taken.csv");
        assertEquals(0, sweep(out, "--shard", "0/8", "--no-timing").status());
        String before = Files.readString(out);
        Result other = gansim("sweep", "--target", "ring8", "--variant", "vanilla", "--steps", "5", "--no-timing",
                "--out", out.toString());
        assertEquals(2, other.status());
        assertEquals(1, other.errLines().size(), other.err());
        assertEquals(before, Files.readString(out));
    }
}
