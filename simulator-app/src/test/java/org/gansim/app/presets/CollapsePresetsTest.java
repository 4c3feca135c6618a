package org.gansim.app.presets;

import static org.gansim.app.presets.PresetTimelines.assertCollapseAndCure;

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
        assertCollapseAndCure("ring-collapse", "ring-collapse-pacgan", SEEDS, STEPS, LOG_EVERY, 4, 6, 7.5);
    }
}
