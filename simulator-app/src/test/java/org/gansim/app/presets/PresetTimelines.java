package org.gansim.app.presets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.metrics.ModeCoverage;
import org.gansim.api.training.CoverageRun;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.testing.SideBySide;

/**
 * Modes captured over a preset's run, the way bench/ModeTimeline.java measures them: 2,500 fresh
 * samples of the generator the preset shows (the live one where it sets {@code variant.g_average=0}, else
 * G's moving average) every few steps, on seeds 1 to N, the seeds side by side. Shared by the collapse
 * preset tests.
 */
final class PresetTimelines {

    private PresetTimelines() {
    }

    /**
     * The modes captured at every logged step of each preset's first {@code steps} steps, for each seed,
     * in the order of the presets.
     */
    private static List<List<int[]>> timelines(List<String> presetIds, int seeds, int steps, int logEvery) {
        return perSeed(presetIds, seeds, (preset, run) -> timeline(preset, run, steps, logEvery));
    }

    /**
     * What {@code measure} finds on a fresh run of each preset and seed 1 to {@code seeds}, by preset then
     * seed; the runs train side by side.
     */
    private static <T> List<List<T>> perSeed(List<String> presetIds, int seeds, Measure<T> measure) {
        try (PluginRegistry registry = PluginRegistry.load(List.of())) {
            List<Callable<T>> runs = new ArrayList<>();
            for (String presetId : presetIds) {
                Preset preset = Presets.find(presetId).orElseThrow();
                TargetDistribution target = registry.target(preset.target()).orElseThrow();
                GanVariant variant = registry.variant(preset.variant()).orElseThrow();
                String[] assignments = preset.assignments().toArray(new String[0]);
                for (long seed = 1; seed <= seeds; seed++) {
                    long s = seed;
                    runs.add(() -> measure.on(preset, CoverageRun.start(target, variant, s, assignments)));
                }
            }
            List<T> all = SideBySide.results(runs);
            List<List<T>> byPreset = new ArrayList<>();
            for (int p = 0; p < presetIds.size(); p++) {
                byPreset.add(all.subList(p * seeds, (p + 1) * seeds));
            }
            return byPreset;
        }
    }

    /** What a check measures on one fresh run of a preset. */
    @FunctionalInterface
    private interface Measure<T> {
        T on(Preset preset, CoverageRun run);
    }

    /** One seed's modes captured at every logged step of the preset's first {@code steps} steps. */
    private static int[] timeline(Preset preset, CoverageRun run, int steps, int logEvery) {
        int[] modes = new int[Math.min(steps, preset.steps()) / logEvery];
        for (int i = 0; i < modes.length; i++) {
            modes[i] = run.train(logEvery).coverage().modesCaptured();
        }
        return modes;
    }

    /**
     * Asserts both sides of a collapse lesson on seeds 1 to {@code seeds}: under {@code collapsePreset}
     * every seed sits on at most {@code fewestAtMost} modes at some logged step and the seeds end on
     * {@code meanFinalAtMost} or fewer on average; under {@code curePreset} on {@code cureMeanAtLeast}
     * or more.
     */
    static void assertCollapseAndCure(String collapsePreset, String curePreset, int seeds, int steps, int logEvery,
                                      int fewestAtMost, double meanFinalAtMost, double cureMeanAtLeast) {
        List<List<int[]>> both = timelines(List.of(collapsePreset, curePreset), seeds, steps, logEvery);
        List<int[]> collapse = both.get(0);
        List<int[]> cure = both.get(1);
        String figures = collapsePreset + " " + describe(collapse) + "; " + curePreset + " " + describe(cure);
        for (int[] modes : collapse) {
            assertTrue(fewest(modes) <= fewestAtMost,
                    collapsePreset + " should sit on at most " + fewestAtMost + " modes at some logged step: " + figures);
        }
        assertTrue(meanFinal(collapse) <= meanFinalAtMost,
                collapsePreset + " should end on " + meanFinalAtMost + " modes or fewer on average: " + figures);
        assertTrue(meanFinal(cure) >= cureMeanAtLeast,
                curePreset + " should end on " + cureMeanAtLeast + " modes or more on average: " + figures);
    }

    /**
     * Asserts a cure on its own, on seeds 1 to {@code seeds}: under {@code curePreset} the seeds end on
     * {@code cureMeanAtLeast} modes or more on average after {@code steps} steps. For a second cure of a
     * collapse whose other side another test already checks.
     */
    static void assertCure(String curePreset, int seeds, int steps, int logEvery, double cureMeanAtLeast) {
        List<int[]> cure = timelines(List.of(curePreset), seeds, steps, logEvery).get(0);
        assertTrue(meanFinal(cure) >= cureMeanAtLeast,
                curePreset + " should end on " + cureMeanAtLeast + " modes or more on average: " + describe(cure));
    }

    /**
     * Asserts sharp samples on every seed from 1 to {@code seeds}: after {@code steps} steps of
     * {@code presetId}, the generator it shows captures {@code modesAtLeast} modes or more with
     * {@code highQualityAtLeast} or more of its samples within 3 std of a mode. The seeds train side by side.
     */
    static void assertSharpOnEverySeed(String presetId, int seeds, int steps, int modesAtLeast,
                                       double highQualityAtLeast) {
        List<ModeCoverage> coverages = perSeed(List.of(presetId), seeds, (preset, run) -> run.train(steps).coverage())
                .get(0);
        StringBuilder figures = new StringBuilder();
        for (int i = 0; i < coverages.size(); i++) {
            figures.append(String.format(Locale.ROOT, "seed %d: %d modes, %.1f%%; ", i + 1,
                    coverages.get(i).modesCaptured(), 100 * coverages.get(i).highQualityShare()));
        }
        for (ModeCoverage coverage : coverages) {
            assertTrue(coverage.modesCaptured() >= modesAtLeast && coverage.highQualityShare() >= highQualityAtLeast,
                    presetId + " should reach " + modesAtLeast + " modes and " + highQualityAtLeast
                            + " high quality on every seed at step " + steps + ": " + figures);
        }
    }

    /** The fewest modes at any logged step of one seed. */
    private static int fewest(int[] modes) {
        return Arrays.stream(modes).min().orElseThrow();
    }

    /** The modes at the last logged step, averaged over the seeds. */
    private static double meanFinal(List<int[]> timelines) {
        return timelines.stream().mapToInt(t -> t[t.length - 1]).average().orElseThrow();
    }

    /** Every seed's timeline and the final mean, for a failure message. */
    private static String describe(List<int[]> timelines) {
        StringBuilder text = new StringBuilder();
        for (int[] modes : timelines) {
            text.append(Arrays.toString(modes)).append(' ');
        }
        return text.append(String.format(Locale.ROOT, "(final mean %.1f)", meanFinal(timelines))).toString();
    }
}
