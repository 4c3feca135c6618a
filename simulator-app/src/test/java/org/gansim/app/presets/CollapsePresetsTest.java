package org.gansim.app.presets;

import static org.gansim.app.presets.PresetTimelines.describe;
import static org.gansim.app.presets.PresetTimelines.fewest;
import static org.gansim.app.presets.PresetTimelines.meanFinal;
import static org.gansim.app.presets.PresetTimelines.timelines;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The collapse a lesson shows happens, and the cure cures it, on seeds 1 to 5 over the first 2,000
 * steps: under the {@code ring-collapse} preset the vanilla GAN sits on at most 4 of the 8 modes at some
 * logged step of every seed and ends on 6 or fewer on average; under {@code ring-collapse-pacgan} (the
 * same networks, PacGAN2) the same seeds end on 7.5 or more on average. The grid's presets are checked
 * by GridCollapsePresetsTest; longer and wider checks, with every seed from 1 to 10, are in
 * bench/collapse-benchmark.sh.
 */
class CollapsePresetsTest {

    private static final int SEEDS = 5;
    private static final int LOG_EVERY = 500;
    /**
     * The first half of the presets' 4,000 steps, to keep the build short: by step 2,000 every seed of
     * bench/collapse-benchmark.sh has shown both sides (vanilla at most 4 modes at some logged step, on
     * 4.0 modes on average at step 2,000; PacGAN on 8 with every seed).
     */
    private static final int STEPS = 2000;

    @Test
    void vanillaCollapsesOnEverySeedAndPacganCoversTheRing() {
        List<int[]> vanilla = timelines("ring-collapse", SEEDS, STEPS, LOG_EVERY);
        List<int[]> pacgan = timelines("ring-collapse-pacgan", SEEDS, STEPS, LOG_EVERY);
        String figures = "vanilla " + describe(vanilla) + "; PacGAN " + describe(pacgan);
        for (int[] modes : vanilla) {
            assertTrue(fewest(modes) <= 4, "vanilla should sit on at most 4 modes at some logged step: " + figures);
        }
        assertTrue(meanFinal(vanilla) <= 6, "vanilla should end on 6 modes or fewer on average: " + figures);
        assertTrue(meanFinal(pacgan) >= 7.5, "PacGAN should end on 7.5 modes or more on average: " + figures);
    }
}
