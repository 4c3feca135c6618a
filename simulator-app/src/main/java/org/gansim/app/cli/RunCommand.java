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
import org.gansim.app.plugins.PluginRegistry;
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
                    + " model.latent_dim=2, train.batch=256, train.d_steps=1, ...")
    private List<String> params = new ArrayList<>();

    @Option(names = "--log-every", paramLabel = "N", defaultValue = "10",
            description = "Write a metrics line every N steps (default: ${DEFAULT-VALUE}).")
    private int logEvery;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "The most time one call into a plugin (a step, creating the GAN, sampling) may take"
                    + " before the run stops as stuck (default: ${DEFAULT-VALUE}).")
    private int timeLimit;

    @Override
    public Integer call() throws Exception {
        checkCounts();
        String outputProblem = new OutputPlan().add("--samples-out", samplesOut).add("--metrics-out", metricsOut)
                .problem();
        if (outputProblem != null) {
            throw badInput(outputProblem);
        }
        try (PluginRegistry registry = main.registry(spec.commandLine())) {
            return train(registry);
        }
    }

    private int train(PluginRegistry registry) throws Exception {
        TargetDistribution targetPlugin = choose("target", target, registry.targets(), registry.target(target));
        GanVariant variantPlugin = choose("variant", variant, registry.variants(), registry.variant(variant));
        TrainingSettings settings = TrainingSettings.defaults(targetPlugin, variantPlugin);
        for (String assignment : params) {
            try {
                settings = settings.withAssignment(assignment);
            } catch (IllegalArgumentException e) {
                throw badInput(e.getMessage());
            }
        }
        TrainingSettings chosen = settings;
        WatchedTraining watch = new WatchedTraining(Duration.ofSeconds(timeLimit));
        PrintWriter err = spec.commandLine().getErr();
        Outcome outcome;
        try (StopOnSignal stop = StopOnSignal.install(err, watch::stepsDone, steps)) {
            outcome = watch.run(() -> trainAndWrite(chosen, watch), ProgressBar.onConsole(steps));
        } catch (WatchedTraining.Stuck stuck) {
            err.println("Training stopped at step " + watch.stepsDone() + ": " + stuck.getMessage()
                    + " (its thread was left behind)");
            return CommandLineErrors.FAILED;
        }
        if (outcome.failure() != null) {
            err.println(outcome.failure());
            return CommandLineErrors.FAILED;
        }
        report(targetPlugin, variantPlugin, outcome);
        return 0;
    }

    /** What the worker did: the generated points and the simulation, or one line saying what failed. */
    private record Outcome(Simulation simulation, Batch generated, double seconds, String failure) {
        static Outcome failed(String failure) {
            return new Outcome(null, null, 0, failure);
        }
    }

    /**
     * Worker thread: builds the run, checks its sizes, trains, samples, and writes both files through
     * temporary files that are moved into place only when both are complete.
     */
    private Outcome trainAndWrite(TrainingSettings settings, WatchedTraining watch) throws IOException {
        PluginCalls calls = watch.callsOfThisThread();
        checkNetworkSize(settings);
        Simulation simulation;
        try {
            simulation = new Simulation(settings, seed, 1, calls);
        } catch (IllegalArgumentException e) {
            throw badInput(e.getMessage());
        }
        checkOutputSizes(settings, simulation.context().dataDim());

        try (AtomicOutput samplesFile = AtomicOutput.open(samplesOut);
             AtomicOutput metricsFile = metricsOut == null ? null : AtomicOutput.open(metricsOut)) {
            long started = System.nanoTime();
            try (MetricsFile metrics = metricsFile == null ? null : new MetricsFile(metricsFile.writer())) {
                for (long step = 1; step <= steps; step++) {
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
                        return Outcome.failed("abandoned");
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;

            Batch generated;
            try {
                generated = simulation.generate(samples, Simulation.outputRandom(seed));
            } catch (PluginFault fault) {
                return Outcome.failed("Sampling the trained generator failed: " + fault.getMessage());
            }
            writeSamples(samplesFile.writer(), generated);
            if (watch.abandoned()) {
                return Outcome.failed("abandoned"); // nobody waits for this outcome: the files are discarded
            }
            if (metricsFile != null) {
                metricsFile.commit();
            }
            samplesFile.commit();
            return new Outcome(simulation, generated, seconds, null);
        }
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
    private void checkOutputSizes(TrainingSettings settings, int dataDim) {
        List<Integer> gHidden = settings.params(TrainingSettings.MODEL).getIntList(TrainingSettings.G_HIDDEN);
        String problem = RunLimits.samplesProblem(samples, settings.latentDim(), gHidden, dataDim,
                RunLimits.availableMemory());
        if (problem == null) {
            problem = RunLimits.diskProblem("--samples-out", samplesOut,
                    RunLimits.samplesFileBytes(samples, dataDim), String.format(Locale.ROOT, "%,d rows", samples));
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

    /** The summary on standard output: speed, files written, and mode coverage when the target knows its modes. */
    private void report(TargetDistribution targetPlugin, GanVariant variantPlugin, Outcome outcome) {
        PrintWriter out = spec.commandLine().getOut();
        double seconds = outcome.seconds();
        Batch generated = outcome.generated();
        out.printf(Locale.ROOT, "Trained %s / %s for %d steps in %.2f s: %.1f steps per second%n",
                targetPlugin.id(), variantPlugin.id(), steps, seconds, seconds > 0 ? steps / seconds : 0.0);
        out.printf(Locale.ROOT, "Wrote %d samples to %s%n", generated.size(), samplesOut);
        if (metricsOut != null) {
            out.printf(Locale.ROOT, "Wrote metrics every %d steps to %s%n", logEvery, metricsOut);
        }
        Optional<ModeSet> modes = outcome.simulation().modes();
        if (modes.isPresent() && modes.get().dimension() == generated.dimension()) {
            ModeCoverage coverage = ModeCoverage.measure(modes.get(), generated);
            String reverseKl = Double.isNaN(coverage.reverseKl()) ? "undefined (no high-quality sample)"
                    : String.format(Locale.ROOT, "%.4f", coverage.reverseKl());
            out.printf(Locale.ROOT, "Modes captured: %d of %d, high-quality samples: %.1f%%, reverse KL: %s%n",
                    coverage.modesCaptured(), coverage.modeCount(), 100 * coverage.highQualityShare(), reverseKl);
        }
        out.flush();
    }

    private void checkCounts() {
        if (steps == null) {
            throw badInput("Missing --steps: how many generator steps to train, e.g. --steps 2000");
        }
        if (seed == null) {
            throw badInput("Missing --seed: the seed of every random number, e.g. --seed 1");
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
        if (timeLimit < 1) {
            throw badInput("--time-limit must be a whole number of seconds, at least 1, got " + timeLimit);
        }
        String repeated = RepeatedKeys.firstRepeated(params);
        if (repeated != null) {
            throw badInput(repeated);
        }
    }

    private <T extends Plugin> T choose(String kind, String id, List<T> all, Optional<T> found) {
        String valid = all.isEmpty() ? "none is installed"
                : "valid " + kind + "s: " + String.join(", ", all.stream().map(Plugin::id).toList());
        if (id == null) {
            throw badInput("Missing --" + kind + "; " + valid);
        }
        return found.orElseThrow(() -> badInput("Unknown " + kind + " '" + id + "'; " + valid));
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
