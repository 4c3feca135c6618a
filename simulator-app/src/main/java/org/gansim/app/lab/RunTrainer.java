package org.gansim.app.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gansim.api.Batch;
import org.gansim.api.GanVariant;
import org.gansim.api.ModeSet;
import org.gansim.api.Sampler;
import org.gansim.api.StepReport;
import org.gansim.api.TargetDistribution;
import org.gansim.api.metrics.ModeCoverage;
import org.gansim.api.training.SideStream;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.PluginFault;
import org.gansim.app.session.Simulation;
import org.gansim.api.metrics.BinnedDivergence;

/**
 * Trains one run of a sweep through the same {@link Simulation} as {@code gansim run} and the
 * window, then measures it on {@link ModeCoverage#BENCHMARK_SAMPLES} (or the asked number of)
 * generated samples drawn from the same stream {@code gansim run} writes its samples from.
 *
 * <p>Immutable; any thread may train runs, each in its own simulation.
 */
public final class RunTrainer {


    private final PluginRegistry registry;
    private final RunRecipe recipe;
    private final int samples;
    private final Path samplesDir;

    /**
     * @param registry   where the targets and variants come from; never null
     * @param recipe     each run's steps and fixed values; never null
     * @param samples    generated samples to measure (and write), at least 1
     * @param samplesDir where each run's samples go as {@code run-NNNN.csv}, or null for nowhere
     */
    public RunTrainer(PluginRegistry registry, RunRecipe recipe, int samples, Path samplesDir) {
        this.registry = registry;
        this.recipe = recipe;
        this.samples = samples;
        this.samplesDir = samplesDir;
    }

    /**
     * The settings of a run: defaults, then the fixed values, then the swept ones.
     *
     * @throws IllegalArgumentException naming an unknown id, key or a bad value
     */
    public TrainingSettings settings(SweepRun run) {
        TargetDistribution target = registry.target(run.target()).orElseThrow(() -> new IllegalArgumentException(
                "Unknown target '" + run.target() + "'; valid targets: " + ids(registry.targets())));
        GanVariant variant = registry.variant(run.variant()).orElseThrow(() -> new IllegalArgumentException(
                "Unknown variant '" + run.variant() + "'; valid variants: " + ids(registry.variants())));
        TrainingSettings settings = TrainingSettings.defaults(target, variant);
        for (String assignment : recipe.fixedAssignments(run)) {
            settings = settings.withAssignment(assignment);
        }
        for (String assignment : run.assignments()) {
            settings = settings.withAssignment(assignment);
        }
        return settings;
    }

    /** Trains and measures one run; a plugin fault becomes a failed result, not an exception. */
    public RunResult train(SweepRun run) throws IOException {
        long started = System.nanoTime();
        TrainingSettings settings = settings(run);
        long steps = recipe.steps(run);
        Simulation simulation;
        try {
            simulation = new Simulation(settings, run.seed(), 1);
        } catch (PluginFault fault) {
            return failed(run, 0, fault, started);
        }
        StepReport last = null;
        try {
            for (long step = 1; step <= steps; step++) {
                last = simulation.step();
            }
        } catch (PluginFault fault) {
            return failed(run, simulation.steps(), fault, started);
        }
        Batch generated;
        try {
            generated = simulation.generate(samples, Simulation.outputRandom(run.seed()));
        } catch (PluginFault fault) {
            return failed(run, simulation.steps(), fault, started);
        }
        if (samplesDir != null) {
            SampleFile.write(samplesDir.resolve(String.format("run-%04d.csv", run.index())), generated);
        }
        int modes = -1;
        int modeCount = -1;
        double highQuality = Double.NaN;
        double reverseKl = Double.NaN;
        Optional<ModeSet> modeSet = simulation.modes();
        if (modeSet.isPresent() && modeSet.get().dimension() == generated.dimension()) {
            ModeCoverage coverage = ModeCoverage.measure(modeSet.get(), generated);
            modes = coverage.modesCaptured();
            modeCount = coverage.modeCount();
            highQuality = coverage.highQualityShare();
            reverseKl = coverage.reverseKl();
        }
        BinnedDivergence divergence = null;
        if (generated.dimension() <= 2) {
            Sampler sampler = settings.target().create(settings.params(TrainingSettings.TARGET));
            Batch real = sampler.sample(samples, SideStream.REFERENCE_SAMPLES.of(run.seed()));
            divergence = BinnedDivergence.measure(real, generated, sampler.bounds());
        }
        double dLoss = last == null ? Double.NaN : last.get(StepReport.D_LOSS);
        double gLoss = last == null ? Double.NaN : last.get(StepReport.G_LOSS);
        return new RunResult(run, simulation.steps(), "ok", dLoss, gLoss, modes, modeCount, highQuality, reverseKl,
                divergence, seconds(started));
    }

    private static RunResult failed(SweepRun run, long steps, PluginFault fault, long started) {
        return new RunResult(run, steps, "failed: " + fault.getMessage(), Double.NaN, Double.NaN, -1, -1, Double.NaN,
                Double.NaN, null, seconds(started));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static String ids(List<? extends org.gansim.api.Plugin> plugins) {
        return String.join(", ", plugins.stream().map(org.gansim.api.Plugin::id).toList());
    }
}
