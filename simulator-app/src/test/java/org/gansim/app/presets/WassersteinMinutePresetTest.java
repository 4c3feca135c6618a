package org.gansim.app.presets;

import static org.gansim.app.presets.PresetTimelines.assertSharpOnEverySeed;

import org.junit.jupiter.api.Test;

/**
 * WGAN-GP's samples sharpen within a minute under {@code ring-wgan-gp-minute} (batches of 64, both
 * learning rates falling from 2e-3 to the authors' 1e-4 over 25,000 steps): at step 15,000, about 30 s
 * of training a seed, every seed from 1 to 6 covers all 8 modes with at least 80% of the samples of G's
 * moving average within 3 std of a mode. Measured on seeds 1 to 10: 86% to 95% at step 15,000, 90% to 97%
 * at step 25,000 (docs/benchmarks.md; the whole table with bench/sharp-samples.sh).
 */
class WassersteinMinutePresetTest {

    @Test
    void everySeedCoversTheRingWithSharpSamplesByStep15000() {
        assertSharpOnEverySeed("ring-wgan-gp-minute", 6, 15_000, 8, 0.8);
    }
}
