package org.gansim.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gansim.api.GanVariant;
import org.gansim.api.ModeSet;
import org.gansim.api.Plugin;
import org.gansim.api.TargetDistribution;
import org.gansim.api.metrics.ModeCoverage;
import org.gansim.api.Batch;
import org.gansim.api.StepReport;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.experiment.ExperimentRun;
import org.gansim.app.plugins.LoadFailures;
import org.gansim.app.plugins.PluginKind;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.presets.Preset;
import org.gansim.app.presets.Presets;
import org.gansim.api.param.Params;
import org.gansim.app.session.PluginCalls;
import org.gansim.app.session.PluginFault;
import org.gansim.app.session.Simulation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gansim run}: trains one GAN headless through the same {@link Simulation} as the window, then
 * writes points from the trained generator (and, if asked, one line of metrics per logged step) as
 * CSV, and prints the training speed. The same seed and parameters give the same files, byte for byte.
 *
 * <p>Runs on the thread that calls it; owns its simulation.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Trains a GAN without a window and writes generated samples (and metrics) as CSV.")
public final class RunCommand implements Callable<Integer> {

    @ParentCommand
    private PluginSource main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--preset", paramLabel = "ID",
            description = "Starts from a shipped preset (its target, variant, steps and values); --target, --variant,"
                    + " --steps and --param override it.")
    private String presetId;

    @Option(names = "--target", paramLabel = "ID", description = "The target distribution, e.g. ring8.")
    private String target;

    @Option(names = "--variant", paramLabel = "ID", description = "The GAN variant, e.g. vanilla.")
    private String variant;

    // Required, but checked in call(): picocli would report a missing option before an unknown one.
    @Option(names = "--steps", paramLabel = "N", description = "Generator steps to train.")
    private Long steps;

    @Option(names = "--seed", paramLabel = "SEED", description = "The seed of every random number.")
    private Long seed;

    @Option(names = "--samples", paramLabel = "N",
            description = "How many points to draw from the trained generator.")
    private Integer samples;

    @Option(names = "--samples-out", paramLabel = "FILE",
            description = "Where the generated points go: CSV with a header x,y.")
    private Path samplesOut;

    @Option(names = "--metrics-out", paramLabel = "FILE",
            description = "Where the metrics go: CSV with a header step,d_loss,g_loss,...")
    private Path metricsOut;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "Sets a parameter (repeatable): target.radius=1, variant.lr_d=1e-4, model.g_hidden=64,64,"
                    + " model.latent_dim=2, train.batch=256, train.d_steps=1, train.lr_schedule=cosine, ...")
    private List<String> params = new ArrayList<>();

    @Option(names = "--experiment", paramLabel = "FILE",
            description = "Runs a saved experiment: its target, variant, parameters and seed (and networks, when"
                    + " saved with them); --steps then counts the steps to train on from where it was saved.")
    private Path experimentFile;

    @Option(names = "--save-experiment", paramLabel = "OUT",
            description = "Saves the trained run as an experiment file, networks included, to open or continue.")
    private Path saveExperiment;

    @Option(names = "--log-every", paramLabel = "N", defaultValue = "10",
            description = "Write a metrics line every N steps (default: ${DEFAULT-VALUE}).")
    private int logEvery;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "The most time one call into a plugin (a step, creating the GAN, sampling) may take"
                    + " before the run stops as stuck (default: ${DEFAULT-VALUE}).")
    private int timeLimit;

    @Override
    public Integer call() throws Exception {
        applyPreset();
        checkCounts();
        // Checked before any work, so a bad path costs nothing (see OutputPlan).
        String outputProblem = new OutputPlan().add("--samples-out", samplesOut).add("--metrics-out", metricsOut)
                .add("--save-experiment", saveExperiment).problem();
        if (outputProblem != null) {
            throw badInput(outputProblem);
        }
        try (PluginRegistry registry = main.registry(spec.commandLine())) {
            LoadFailures.lines(registry).forEach(spec.commandLine().getErr()::println);
            return train(registry);
        }
    }

    private int train(PluginRegistry registry) throws Exception {
        WatchedTraining watch = new WatchedTraining(Duration.ofSeconds(timeLimit));
        PrintWriter err = spec.commandLine().getErr();
        Outcome outcome;
        try (StopOnSignal stop = StopOnSignal.install(err, watch::stepsDone, watch::totalSteps)) {
            outcome = watch.run(() -> trainAndWrite(registry, watch), ProgressBar.onConsole());
        } catch (WatchedTraining.Stuck stuck) {
            err.println("Training stopped at step " + watch.stepsDone() + ": " + stuck.getMessage()
                    + " (its thread was left behind)");
            return CommandLineErrors.FAILED;
        }
        if (outcome.failure() != null) {
            err.println(outcome.failure());
            return CommandLineErrors.FAILED;
        }
        report(outcome);
        return 0;
    }

    /** What the worker did: the run, its generated points (null when none were asked), or what failed. */
    private record Outcome(Simulation simulation, long steps, Batch generated, double seconds, String failure) {
        static Outcome failed(String failure) {
            return new Outcome(null, 0, null, 0, failure);
        }
    }

    /**
     * Worker thread: builds the run (from the options or an experiment), checks its sizes, trains,
     * saves, samples, and writes the CSV files through temporary files moved into place only when
     * both are complete (see {@link AtomicOutput}).
     */
    private Outcome trainAndWrite(PluginRegistry registry, WatchedTraining watch) throws IOException {
        PluginCalls calls = watch.callsOfThisThread();
        Simulation simulation;
        long steps;
        if (experimentFile != null) {
            ExperimentRun run = ExperimentRun.open(experimentFile, registry, params, this::badInput);
            simulation = run.simulation();
            watch.watch(simulation.calls());
            steps = this.steps != null ? this.steps : run.stepsLeft();
        } else {
            simulation = fromOptions(registry, calls);
            steps = this.steps;
        }
        long seed = simulation.seed();
        long first = simulation.steps() + 1;
        watch.starting(first - 1, first - 1 + steps);
        checkOutputSizes(simulation.settings(), simulation.context().dataDim(), steps);

        try (AtomicOutput samplesFile = samplesOut == null ? null : AtomicOutput.open(samplesOut);
             AtomicOutput metricsFile = metricsOut == null ? null : AtomicOutput.open(metricsOut)) {
            long started = System.nanoTime();
            try (MetricsFile metrics = metricsFile == null ? null : new MetricsFile(metricsFile.writer())) {
                for (long step = first; step < first + steps; step++) {
                    StepReport report;
                    try {
                        report = simulation.step();
                    } catch (PluginFault fault) {
                        return Outcome.failed("Training stopped at step " + step + ": " + fault.getMessage());
                    }
                    if (metrics != null && step % logEvery == 0) {
                        metrics.write(step, report);
                    }
                    watch.stepDone(step);
                    if (watch.abandoned()) {
                        return Outcome.failed("abandoned"); // nobody waits for this outcome: the files are discarded
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (saveExperiment != null) {
                ExperimentRun.save(simulation, saveExperiment);
            }
            Batch generated = null;
            if (samplesFile != null) {
                try {
                    generated = simulation.generate(samples, Simulation.outputRandom(seed));
                } catch (PluginFault fault) {
                    return Outcome.failed("Sampling the trained generator failed: " + fault.getMessage());
                }
                writeSamples(samplesFile.writer(), generated);
            }
            if (watch.abandoned()) {
                return Outcome.failed("abandoned");
            }
            if (metricsFile != null) {
                metricsFile.commit();
            }
            if (samplesFile != null) {
                samplesFile.commit();
            }
            return new Outcome(simulation, steps, generated, seconds, null);
        }
    }

    /** The summary on standard output: speed, files written, and mode coverage when the target knows its modes. */
    private void report(Outcome outcome) {
        PrintWriter out = spec.commandLine().getOut();
        Simulation simulation = outcome.simulation();
        TargetDistribution targetPlugin = simulation.settings().target();
        GanVariant variantPlugin = simulation.settings().variant();
        long steps = outcome.steps();
        double seconds = outcome.seconds();
        if (saveExperiment != null) {
            out.printf(Locale.ROOT, "Saved the experiment at step %d to %s%n", simulation.steps(), saveExperiment);
        }
        Batch generated = outcome.generated();
        if (generated == null) {
            out.printf(Locale.ROOT, "Trained %s / %s for %d steps in %.2f s%n", targetPlugin.id(), variantPlugin.id(),
                    steps, seconds);
            out.flush();
            return;
        }
        out.printf(Locale.ROOT, "Trained %s / %s for %d steps in %.2f s: %.1f steps per second, the layers in %s%n",
                targetPlugin.id(), variantPlugin.id(), steps, seconds, seconds > 0 ? steps / seconds : 0.0,
                simulation.settings().precision().id());
        out.printf(Locale.ROOT, "Wrote %d samples to %s%n", generated.size(), samplesOut);
        if (metricsOut != null) {
            out.printf(Locale.ROOT, "Wrote metrics every %d steps to %s%n", logEvery, metricsOut);
        }
        Optional<ModeSet> modes = simulation.modes();
        if (modes.isPresent() && modes.get().dimension() == generated.dimension()) {
            ModeCoverage coverage = ModeCoverage.measure(modes.get(), generated);
            String reverseKl = Double.isNaN(coverage.reverseKl()) ? "undefined (no high-quality sample)"
                    : String.format(Locale.ROOT, "%.4f", coverage.reverseKl());
            out.printf(Locale.ROOT, "Modes captured: %d of %d, high-quality samples: %.1f%%, reverse KL: %s%n",
                    coverage.modesCaptured(), coverage.modeCount(), 100 * coverage.highQualityShare(), reverseKl);
        }
        out.flush();
    }

    /** Fills in what the preset sets and the command line does not; its values come before every --param. */
    private void applyPreset() {
        if (presetId == null) {
            return;
        }
        if (experimentFile != null) {
            throw badInput("--preset and --experiment both set up the run; give one of them");
        }
        Preset preset = Presets.find(presetId).orElseThrow(() -> badInput("Unknown preset '" + presetId
                + "'; valid presets: " + String.join(", ", Presets.ids())));
        target = target == null ? preset.target() : target;
        variant = variant == null ? preset.variant() : variant;
        steps = steps == null ? Long.valueOf(preset.steps()) : steps;
        List<String> assignments = new ArrayList<>(preset.assignments());
        assignments.addAll(params);
        params = assignments;
    }

    /** Refuses networks and a batch that cannot fit in memory, before they are built. */
    private void checkNetworkSize(TrainingSettings settings) {
        Params model = settings.params(TrainingSettings.MODEL);
        String problem = RunLimits.networksProblem(model.getIntList(TrainingSettings.G_HIDDEN),
                model.getIntList(TrainingSettings.D_HIDDEN), settings.latentDim(), 2, settings.batchSize(),
                RunLimits.availableMemory());
        if (problem != null) {
            throw badInput(problem);
        }
    }

    /** Refuses samples that cannot be generated in memory, and files that cannot fit on their disk. */
    private void checkOutputSizes(TrainingSettings settings, int dataDim, long steps) {
        List<Integer> gHidden = settings.params(TrainingSettings.MODEL).getIntList(TrainingSettings.G_HIDDEN);
        String problem = null;
        if (samplesOut != null) {
            problem = RunLimits.samplesProblem(samples, settings.latentDim(), gHidden, dataDim,
                    RunLimits.availableMemory());
            if (problem == null) {
                problem = RunLimits.diskProblem("--samples-out", samplesOut, RunLimits.samplesFileBytes(samples,
                        dataDim), String.format(Locale.ROOT, "%,d rows", samples));
            }
        }
        if (problem == null && metricsOut != null) {
            problem = RunLimits.diskProblem("--metrics-out", metricsOut, RunLimits.metricsFileBytes(steps, logEvery),
                    String.format(Locale.ROOT, "%,d rows: one every %d of %,d steps", steps / logEvery + 1, logEvery,
                            steps));
        }
        if (problem != null) {
            throw badInput(problem);
        }
    }

    private Simulation fromOptions(PluginRegistry registry, PluginCalls calls) {
        TargetDistribution targetPlugin = choose(registry, "target", target, registry.targets(), registry.target(target));
        GanVariant variantPlugin = choose(registry, "variant", variant, registry.variants(), registry.variant(variant));
        TrainingSettings settings = TrainingSettings.defaults(targetPlugin, variantPlugin);
        for (String assignment : params) {
            try {
                settings = settings.withAssignment(assignment);
            } catch (IllegalArgumentException e) {
                throw badInput(e.getMessage());
            }
        }
        checkNetworkSize(settings);
        try {
            return new Simulation(settings, seed, 1, calls);
        } catch (IllegalArgumentException e) {
            throw badInput(e.getMessage());
        }
    }

    private void checkCounts() {
        if (timeLimit < 1) {
            throw badInput("--time-limit must be a whole number of seconds, at least 1, got " + timeLimit);
        }
        String repeated = RepeatedKeys.firstRepeated(params);
        if (repeated != null) {
            throw badInput(repeated);
        }
        if (experimentFile != null) {
            checkExperimentOptions();
            return;
        }
        if (steps == null) {
            throw badInput("Missing --steps: how many generator steps to train, e.g. --steps 2000");
        }
        if (seed == null) {
            throw badInput("Missing --seed: the seed of every random number, e.g. --seed 1");
        }
        if (samples == null && saveExperiment != null && samplesOut == null) {
            return; // only the experiment is wanted
        }
        if (samples == null) {
            throw badInput("Missing --samples: how many points to draw from the trained generator, e.g. --samples 2500");
        }
        if (samplesOut == null) {
            throw badInput("Missing --samples-out: the CSV file the generated points go to, e.g. --samples-out samples.csv");
        }
        if (steps < 0) {
            throw badInput("--steps must be 0 or more, got " + steps);
        }
        if (samples < 1) {
            throw badInput("--samples must be at least 1, got " + samples);
        }
        if (logEvery < 1) {
            throw badInput("--log-every must be at least 1, got " + logEvery);
        }
    }

    /** With --experiment, the file gives the target, variant and seed; samples are optional. */
    private void checkExperimentOptions() {
        if (target != null || variant != null || seed != null) {
            throw badInput("--experiment gives the target, variant and seed; leave out --target, --variant and"
                    + " --seed (use --param KEY=VALUE to change a parameter)");
        }
        if (steps != null && steps < 0) {
            throw badInput("--steps must be 0 or more, got " + steps);
        }
        if ((samples == null) != (samplesOut == null)) {
            throw badInput("--samples and --samples-out go together, e.g. --samples 2500 --samples-out samples.csv");
        }
        if (samples != null && samples < 1) {
            throw badInput("--samples must be at least 1, got " + samples);
        }
        if (logEvery < 1) {
            throw badInput("--log-every must be at least 1, got " + logEvery);
        }
    }

    private <T extends Plugin> T choose(PluginRegistry registry, String kind, String id, List<T> all,
                                        Optional<T> found) {
        String valid = all.isEmpty() ? "none is installed"
                : "valid " + kind + "s: " + String.join(", ", all.stream().map(Plugin::id).toList());
        if (id == null) {
            throw badInput("Missing --" + kind + "; " + valid);
        }
        if (found.isPresent()) {
            return found.get();
        }
        PluginKind pluginKind = PluginKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        String failedToLoad = LoadFailures.failedWithId(registry, pluginKind, id).orElse(null);
        if (failedToLoad != null) {
            throw badInput(kind.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + kind.substring(1) + " "
                    + failedToLoad);
        }
        throw badInput("Unknown " + kind + " '" + id + "'; " + valid
                + LoadFailures.failedUnread(registry, pluginKind).map(why -> "; " + why).orElse(""));
    }

    private CommandLine.ParameterException badInput(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Writes one point per line, after a header naming the axes (and the class, when labelled); leaves {@code w} open. */
    static void writeSamples(Writer w, Batch batch) throws IOException {
        int dim = batch.dimension();
        List<String> header = new ArrayList<>(axisNames(dim));
        if (batch.hasLabels()) {
            header.add("label");
        }
        w.write(String.join(",", header));
        w.write('\n');
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < batch.size(); i++) {
            line.setLength(0);
            for (int a = 0; a < dim; a++) {
                if (a > 0) {
                    line.append(',');
                }
                line.append(batch.get(i, a));
            }
            if (batch.hasLabels()) {
                line.append(',').append(batch.label(i));
            }
            w.write(line.append('\n').toString());
        }
    }

    /** x; x,y; or x1,x2,... for more axes. */
    static List<String> axisNames(int dim) {
        if (dim == 1) {
            return List.of("x");
        }
        if (dim == 2) {
            return List.of("x", "y");
        }
        List<String> names = new ArrayList<>();
        for (int a = 1; a <= dim; a++) {
            names.add("x" + a);
        }
        return names;
    }
}
