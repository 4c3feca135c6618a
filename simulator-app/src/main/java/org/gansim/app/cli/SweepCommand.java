package org.gansim.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.lab.RunRecipe;
import org.gansim.app.lab.RunResult;
import org.gansim.app.lab.RunTrainer;
import org.gansim.app.lab.SeedRange;
import org.gansim.app.lab.Shard;
import org.gansim.app.lab.SweepAxis;
import org.gansim.app.lab.SweepExecution;
import org.gansim.app.lab.SweepPlan;
import org.gansim.app.lab.SweepTable;
import org.gansim.app.lab.TerminalProgress;
import org.gansim.app.plugins.PluginRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gansim sweep}: trains a grid of targets x variants x parameter values x seeds, several runs
 * at a time, and keeps one CSV row per finished run. Rerunning the same command skips the runs the
 * CSV already holds; the CSV is the same whatever {@code --jobs}, but for its last column, the time.
 *
 * <p>Runs on the thread that calls it; the runs train on a pool of its own.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, subcommands = SweepMergeCommand.class,
        description = {"Trains a grid of parameter values x seeds in parallel and writes one CSV row per run.",
            "Resumable: rerun the same command to finish an interrupted sweep. Options can be kept in a file,"
                    + " one per line, and given as @FILE."},
        footer = {"", "Example:",
            "  gansim sweep --target ring8 --variant vanilla,pacgan \\",
            "      --param variant.lr_d=1e-4,1e-3 --param model.latent_dim=2,16 \\",
            "      --seeds 1..5 --steps 2000 --out sweep.csv",
            "Across machines: --shard K/N on each, then",
            "  gansim sweep merge --out all.csv shard-*.csv"})
public final class SweepCommand implements Callable<Integer> {

    @ParentCommand
    private PluginSource main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--target", paramLabel = "ID", split = ",",
            description = "The target distributions (comma-separated), e.g. ring8,grid25.")
    private List<String> targets = new ArrayList<>();

    @Option(names = "--variant", paramLabel = "ID", split = ",",
            description = "The GAN variants (comma-separated), e.g. vanilla,pacgan.")
    private List<String> variants = new ArrayList<>();

    @Option(names = "--param", paramLabel = "KEY=V1,V2",
            description = "A parameter and the values to sweep over (repeatable): variant.lr_d=1e-4,1e-3."
                    + " Layer sizes separate their alternatives with |: model.g_hidden=64,64|128,128.")
    private List<String> params = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "SEEDS", defaultValue = "1",
            description = "The seeds of each combination: 1..5, or 1,2,7 (default: ${DEFAULT-VALUE}).")
    private String seeds;

    @Option(names = "--steps", paramLabel = "N", description = "Generator steps of every run.")
    private Long steps;

    @Option(names = "--jobs", paramLabel = "N", description = "Runs training at the same time (default: the"
            + " number of cores).")
    private Integer jobs;

    @Option(names = "--shard", paramLabel = "K/N", defaultValue = "0/1",
            description = "Run only every N-th run from the K-th (K from 0), for a sweep spread over N machines.")
    private String shard;

    @Option(names = "--out", paramLabel = "FILE", description = "The CSV of results, one row per finished run.")
    private Path out;

    @Option(names = "--no-timing", description = "Leave out the last column, the wall time of each run, so two"
            + " sweeps' files can be compared byte for byte.")
    private boolean noTiming;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "2500",
            description = "Generated samples each run is measured on (default: ${DEFAULT-VALUE}, as in the papers).")
    private int samples;

    @Option(names = "--samples-dir", paramLabel = "DIR",
            description = "Also write each run's generated samples there, as run-NNNN.csv.")
    private Path samplesDir;

    @Override
    public Integer call() throws IOException, InterruptedException {
        checkOptions();
        Shard chosen = parse(() -> Shard.parse(shard));
        List<Long> seedList = parse(() -> SeedRange.parse(seeds));
        PrintWriter text = spec.commandLine().getOut();
        try (PluginRegistry registry = main.registry(spec.commandLine())) {
            SweepPlan plan = parse(() -> new SweepPlan(targets, variants, axes(registry), seedList));
            SweepTable table = existingOrNew(plan);
            RunTrainer trainer = new RunTrainer(registry, RunRecipe.steps(steps), samples, samplesDir);
            SweepExecution execution = parse(() -> new SweepExecution(plan, chosen, trainer, table, out));
            parse(() -> {
                execution.checkSettings();
                return null;
            });
            int already = execution.runs().size() - execution.remaining().size();
            int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
            long started = System.nanoTime();
            TerminalProgress bar = new TerminalProgress(System.err, TerminalProgress.onTerminal(), "runs",
                    execution.remaining().size());
            List<RunResult> results = execution.run(threads, result -> bar.advance());
            double seconds = (System.nanoTime() - started) / 1e9;
            long failed = results.stream().filter(r -> !r.ok()).count();
            text.printf(Locale.ROOT, "Trained %d of %d runs in %.1f s with %d jobs (%d already in %s)%s; wrote %s%n",
                    results.size(), execution.runs().size(), seconds, threads, already, out,
                    failed > 0 ? "; " + failed + " failed (see the status column)" : "", out);
            text.flush();
            return 0;
        }
    }

    private void checkOptions() {
        if (targets.isEmpty()) {
            throw badInput("Missing --target: one or more target ids, e.g. --target ring8,grid25");
        }
        if (variants.isEmpty()) {
            throw badInput("Missing --variant: one or more variant ids, e.g. --variant vanilla,pacgan");
        }
        if (steps == null) {
            throw badInput("Missing --steps: how many generator steps each run trains, e.g. --steps 2000");
        }
        if (out == null) {
            throw badInput("Missing --out: the CSV file the results go to, e.g. --out sweep.csv");
        }
        if (steps < 0) {
            throw badInput("--steps must be 0 or more, got " + steps);
        }
        if (jobs != null && jobs < 1) {
            throw badInput("--jobs must be at least 1, got " + jobs);
        }
        if (samples < 1) {
            throw badInput("--samples must be at least 1, got " + samples);
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw badInput("Cannot write --out " + out + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(out)) {
            throw badInput("Cannot write --out " + out + ": it is a folder, not a file");
        }
        if (samplesDir != null && !Files.isDirectory(samplesDir)) {
            throw badInput("--samples-dir " + samplesDir + " is not an existing folder");
        }
    }

    /** The swept parameters; whether a value is a list (layer sizes) is asked of the first target and variant. */
    private List<SweepAxis> axes(PluginRegistry registry) {
        TrainingSettings first = registry.target(targets.get(0)).flatMap(t -> registry.variant(variants.get(0))
                .map(v -> TrainingSettings.defaults(t, v))).orElse(null);
        List<SweepAxis> axes = new ArrayList<>();
        for (String option : params) {
            boolean list = false;
            if (first != null) {
                try {
                    list = first.spec(SweepAxis.keyOf(option)) instanceof ParamSpec.IntListSpec;
                } catch (IllegalArgumentException unknownKey) {
                    // reported with the valid keys when the runs' settings are checked
                }
            }
            axes.add(SweepAxis.parse(option, list));
        }
        return axes;
    }

    private SweepTable existingOrNew(SweepPlan plan) throws IOException {
        List<String> header = SweepTable.header(plan.keys(), !noTiming);
        if (!Files.exists(out) || Files.size(out) == 0) {
            return new SweepTable(header);
        }
        SweepTable existing = parse(() -> {
            try {
                return SweepTable.read(out);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read " + out + ": " + e.getMessage());
            }
        });
        if (!existing.header().equals(header)) {
            throw badInput(out + " holds another sweep's results (header " + String.join(",", existing.header())
                    + ", this sweep's is " + String.join(",", header) + "); give another --out, or the same options");
        }
        return existing;
    }

    /** Runs a parse step, turning its IllegalArgumentException into one line of bad input. */
    private <T> T parse(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw badInput(e.getMessage());
        }
    }

    private CommandLine.ParameterException badInput(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
