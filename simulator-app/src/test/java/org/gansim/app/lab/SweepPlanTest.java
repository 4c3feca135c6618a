package org.gansim.app.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The canonical order of a sweep's runs, shards, seeds and swept values. */
class SweepPlanTest {

    @Test
    void runsAreInCanonicalOrderWithTheSeedChangingFastest() {
        SweepPlan plan = new SweepPlan(List.of("ring8"), List.of("vanilla", "pacgan"),
                List.of(SweepAxis.parse("variant.lr_d=1e-4,1e-3", false), SweepAxis.parse("model.latent_dim=2,16", false)),
                List.of(1L, 2L));
        List<SweepRun> runs = plan.runs();
        assertEquals(2 * 2 * 2 * 2, runs.size());
        assertEquals(new SweepRun(0, "ring8", "vanilla", List.of("variant.lr_d=1e-4", "model.latent_dim=2"), 1), runs.get(0));
        assertEquals(new SweepRun(1, "ring8", "vanilla", List.of("variant.lr_d=1e-4", "model.latent_dim=2"), 2), runs.get(1));
        assertEquals(new SweepRun(2, "ring8", "vanilla", List.of("variant.lr_d=1e-4", "model.latent_dim=16"), 1), runs.get(2));
        assertEquals(new SweepRun(15, "ring8", "pacgan", List.of("variant.lr_d=1e-3", "model.latent_dim=16"), 2), runs.get(15));
        assertEquals(IntStream.range(0, 16).boxed().toList(), runs.stream().map(SweepRun::index).toList());
    }

    @Test
    void shardsTakeEveryNthRunAndTogetherEachRunOnce() {
        List<Integer> taken = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Shard shard = new Shard(k, 3);
            for (int run = 0; run < 10; run++) {
                if (shard.takes(run)) {
                    taken.add(run);
                    assertEquals(k, run % 3);
                }
            }
        }
        assertEquals(10, taken.size());
        assertEquals(IntStream.range(0, 10).boxed().toList(), taken.stream().sorted().toList());
        assertEquals(new Shard(2, 5), Shard.parse("2/5"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("5/5"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("1"));
    }

    @Test
    void seedsReadRangesAndLists() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), SeedRange.parse("1..5"));
        assertEquals(List.of(1L, 2L, 7L, 8L, 9L), SeedRange.parse("1,2,7..9"));
        assertEquals(List.of(3L), SeedRange.parse("3,3"));
        assertThrows(IllegalArgumentException.class, () -> SeedRange.parse("5..1"));
        assertThrows(IllegalArgumentException.class, () -> SeedRange.parse("a"));
    }

    @Test
    void listValuesSeparateTheirAlternativesWithABar() {
        assertEquals(List.of("1e-4", "1e-3"), SweepAxis.parse("variant.lr_d=1e-4,1e-3", false).values());
        assertEquals(List.of("64,64"), SweepAxis.parse("model.g_hidden=64,64", true).values());
        assertEquals(List.of("64,64", "128,128"), SweepAxis.parse("model.g_hidden=64,64|128,128", true).values());
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("variant.lr_d=1e-4,", false));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("lr", false));
    }

    @Test
    void csvCellsRoundTripThroughQuoting() {
        List<String> cells = List.of("0", "64,64", "failed: said \"no\", twice", "");
        String line = CsvCells.join(cells);
        assertEquals("0,\"64,64\",\"failed: said \"\"no\"\", twice\",", line);
        assertEquals(cells, CsvCells.split(line));
    }
}
