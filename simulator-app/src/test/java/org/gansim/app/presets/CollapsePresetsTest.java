package org.gansim.app.presets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.metrics.ModeCoverage;
import org.gansim.api.training.CoverageRun;
import org.junit.jupiter.api.Test;

/**
 * The collapse a lesson shows happens, and the cure cures it, on seeds 1 to 5 over the first 2,000
 * steps: under the {@code ring-collapse} preset the vanilla GAN sits on at most 4 of the 8 modes at some
 * logged step of every seed and ends on 6 or fewer on average; under {@code ring-collapse-pacgan} (the
 * same networks, PacGAN2) the same seeds end on 7.5 or more on average. Longer and wider checks, with every seed from 1
 * to 10 and the other cures, are in bench/collapse-benchmark.sh.
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
        List<int[]> vanilla = timelines("ring-collapse");
        List<int[]> pacgan = timelines("ring-collapse-pacgan");
        String figures = "vanilla " + describe(vanilla) + "; PacGAN " + describe(pacgan);
        for (int[] modes : vanilla) {
            assertTrue(min(modes) <= 4, "vanilla should sit on at most 4 modes at some logged step: " + figures);
        }
        assertTrue(meanFinal(vanilla) <= 6, "vanilla should end on 6 modes or fewer on average: " + figures);
        assertTrue(meanFinal(pacgan) >= 7.5, "PacGAN should end on 7.5 modes or more on average: " + figures);
    }

    /** The modes captured at every logged step of the preset's run, for each seed. */
    private static List<int[]> timelines(String presetId) {
        Preset preset = Presets.find(presetId).orElseThrow();
        TargetDistribution target = ServiceLoader.load(TargetDistribution.class).stream()
                .map(ServiceLoader.Provider::get).filter(t -> t.id().equals(preset.target())).findFirst().orElseThrow();
        GanVariant variant = ServiceLoader.load(GanVariant.class).stream()
                .map(ServiceLoader.Provider::get).filter(v -> v.id().equals(preset.variant())).findFirst().orElseThrow();
        List<int[]> timelines = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            CoverageRun run = CoverageRun.start(target, variant, seed, preset.assignments().toArray(new String[0]));
            int[] modes = new int[Math.min(STEPS, preset.steps()) / LOG_EVERY];
            for (int i = 0; i < modes.length; i++) {
                ModeCoverage coverage = run.train(LOG_EVERY).coverage();
                modes[i] = coverage.modesCaptured();
            }
            timelines.add(modes);
        }
        return timelines;
    }

    private static int min(int[] values) {
        int min = Integer.MAX_VALUE;
        for (int v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    private static double meanFinal(List<int[]> timelines) {
        return timelines.stream().mapToInt(t -> t[t.length - 1]).average().orElseThrow();
    }

    private static String describe(List<int[]> timelines) {
        StringBuilder text = new StringBuilder();
        for (int[] modes : timelines) {
            text.append(java.util.Arrays.toString(modes)).append(' ');
        }
        return text.append(String.format(Locale.ROOT, "(final mean %.1f)", meanFinal(timelines))).toString();
    }
}
