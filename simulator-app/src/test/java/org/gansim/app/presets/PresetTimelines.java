package org.gansim.app.presets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.training.CoverageRun;

/**
 * Modes captured over a preset's run, the way bench/ModeTimeline.java measures them: 2,500 fresh
 * samples of the live generator every few steps, on seeds 1 to N. Shared by the collapse preset tests.
 */
final class PresetTimelines {

    private PresetTimelines() {
    }

    /** The modes captured at every logged step of the preset's first {@code steps} steps, for each seed. */
    static List<int[]> timelines(String presetId, int seeds, int steps, int logEvery) {
        Preset preset = Presets.find(presetId).orElseThrow();
        TargetDistribution target = ServiceLoader.load(TargetDistribution.class).stream()
                .map(ServiceLoader.Provider::get).filter(t -> t.id().equals(preset.target())).findFirst().orElseThrow();
        GanVariant variant = ServiceLoader.load(GanVariant.class).stream()
                .map(ServiceLoader.Provider::get).filter(v -> v.id().equals(preset.variant())).findFirst().orElseThrow();
        List<int[]> timelines = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            CoverageRun run = CoverageRun.start(target, variant, seed, preset.assignments().toArray(new String[0]));
            int[] modes = new int[Math.min(steps, preset.steps()) / logEvery];
            for (int i = 0; i < modes.length; i++) {
                modes[i] = run.train(logEvery).coverage().modesCaptured();
            }
            timelines.add(modes);
        }
        return timelines;
    }

    /** The fewest modes at any logged step of one seed. */
    static int fewest(int[] modes) {
        return Arrays.stream(modes).min().orElseThrow();
    }

    /** The modes at the last logged step, averaged over the seeds. */
    static double meanFinal(List<int[]> timelines) {
        return timelines.stream().mapToInt(t -> t[t.length - 1]).average().orElseThrow();
    }

    /** Every seed's timeline and the final mean, for a failure message. */
    static String describe(List<int[]> timelines) {
        StringBuilder text = new StringBuilder();
        for (int[] modes : timelines) {
            text.append(Arrays.toString(modes)).append(' ');
        }
        return text.append(String.format(Locale.ROOT, "(final mean %.1f)", meanFinal(timelines))).toString();
    }
}
