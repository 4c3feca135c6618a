package org.gansim.app.presets;

import static org.gansim.app.presets.PresetTimelines.assertSharpOnEverySeed;

import org.junit.jupiter.api.Test;

/**
 * The unrolled GAN covers the whole ring within a minute under the preset {@code ring-unrolled-minute}
 * (batches of 64, a 32-32 discriminator, a 128-128 generator fed uniform noise, both learning rates
 * falling from 1e-3 to 1e-4 over 16,000 steps), checked on seeds 1 to 4, scoring G's moving average (the
 * preset shows it). Measured on seeds 1 to 10 (docs/benchmarks.md, "The unrolled GAN within a minute";
 * the whole table with bench/sharp-samples.sh): all 8 modes on every seed at every measured step from
 * 3,000 to 18,000, 63% to 85% high quality at step 6,000 (seeds 1 to 4: 70% to 83%) and 81% to 93% at
 * step 12,000.
 */
class UnrolledMinutePresetTest {

    /** About 25 s of training a seed: every seed covers all 8 modes, most of the samples already sharp. */
    @Test
    void everySeedCoversTheWholeRingByStep6000() {
        assertSharpOnEverySeed("ring-unrolled-minute", 4, 6_000, 8, 0.6);
    }
}
