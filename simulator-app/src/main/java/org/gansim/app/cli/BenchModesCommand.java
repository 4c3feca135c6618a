package org.gansim.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.lab.AtomicText;
import org.gansim.app.lab.ModeBenchmark;
import org.gansim.app.lab.ModeSummary;
import org.gansim.app.lab.ModeTable;
import org.gansim.app.lab.PublishedFigures;
import org.gansim.app.lab.RunTrainer;
import org.gansim.app.lab.SeedRange;
import org.gansim.app.lab.Shard;
import org.gansim.app.lab.SweepExecution;
import org.gansim.app.lab.SweepPlan;
import org.gansim.app.lab.SweepRun;
import org.gansim.app.lab.SweepTable;
import org.gansim.app.lab.TerminalProgress;
import org.gansim.api.metrics.ModeCoverage;
import org.gansim.app.plugins.PluginRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gansim bench modes}: the ring and grid mode-collapse benchmarks in the layout of PacGAN's and
 * VEEGAN's Table 1, GanSim's figures beside the published ones. The runs are a sweep: their CSV
 * ({@code --runs-out}) resumes and shards like {@code gansim sweep}'s, and {@code --from} prints the
 * table of a merged one.
 *
 * <p>Runs on the thread that calls it; the runs train on a pool of their own.
 */
@Command(name = "modes", mixinStandardHelpOptions = true,
        description = {"Mode collapse on the ring and the grid, as in PacGAN's and VEEGAN's Table 1.",
            "Modes captured (mean ± standard error over the seeds), high-quality samples and reverse KL,",
            "beside the published figures, with the network sizes and steps stated. Markdown or CSV."},
        footer = {"", "Examples:",
            "  gansim bench modes              # vanilla, pacgan, wgan-gp; ring, grid; seeds 1..5",
            "  gansim bench modes --paper-scale --seeds 1..10 \\",
            "      --shard 0/20 --runs-out shard-0.csv",
            "  gansim sweep merge --out runs.csv shard-*.csv",
            "  gansim bench modes --from runs.csv"})
public final class BenchModesCommand implements Callable<Integer> {

    @ParentCommand
    private BenchCommand bench;

    @Spec
    private CommandSpec spec;

    @Option(names = "--variants", paramLabel = "ID", split = ",", defaultValue = "vanilla,pacgan,wgan-gp",
            description = "The variants (default: ${DEFAULT-VALUE}).")
    private List<String> variants;

    @Option(names = "--targets", paramLabel = "NAME", split = ",", defaultValue = "ring,grid",
            description = "The benchmarks: ring (8 Gaussians of std 0.01, radius 1), grid (5 x 5 Gaussians of std"
                    + " 0.05, spacing 2) (default: ${DEFAULT-VALUE}).")
    private List<String> targets;

    @Option(names = "--seeds", paramLabel = "SEEDS", defaultValue = "1..5",
            description = "The seeds of each variant and target (default: ${DEFAULT-VALUE}).")
    private String seeds;

    @Option(names = "--steps", paramLabel = "N", description = "Generator steps of a run (default: 20000;"
            + " 400000 with --paper-scale).")
    private Long steps;

    @Option(names = "--steps-for", paramLabel = "VARIANT=N",
            description = "Steps of one variant (repeatable); default wgan-gp=6000 without --paper-scale, as a"
                    + " WGAN-GP step holds five critic steps with a second-order penalty.")
    private Map<String, Long> stepsFor = new LinkedHashMap<>();

    @Option(names = "--paper-scale", description = "The PacGAN code's networks, batch and steps: G 4 x 400, D 3 x 200,"
            + " batch 100, 400000 steps, Adam 1e-4 with beta1 0.8 for vanilla and pacgan.")
    private boolean paperScale;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Sets a parameter of every run (repeatable),"
            + " e.g. model.latent_dim=16.")
    private List<String> params = new ArrayList<>();

    @Option(names = "--jobs", paramLabel = "N", description = "Runs training at the same time (default: the number"
            + " of cores).")
    private Integer jobs;

    @Option(names = "--shard", paramLabel = "K/N", defaultValue = "0/1",
            description = "Train only every N-th run from the K-th (K from 0) into --runs-out; merge the shards"
                    + " with 'gansim sweep merge' and print the table with --from.")
    private String shard;

    @Option(names = "--runs-out", paramLabel = "FILE", description = "Keep the runs' CSV (one row per run) there;"
            + " rerunning resumes it.")
    private Path runsOut;

    @Option(names = "--from", paramLabel = "FILE", description = "Print the table of a runs CSV (merged shards)"
            + " without training.")
    private Path from;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown or csv (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the table there instead of to the output.")
    private Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!format.equals("markdown") && !format.equals("csv")) {
            throw badInput("Unknown --format '" + format + "'; valid formats: markdown, csv");
        }
        if (from != null) {
            if (!Files.isRegularFile(from)) {
                throw badInput("--from " + from + " does not exist; give a runs CSV written with --runs-out");
            }
            SweepTable table = parse(() -> read(from));
            List<String> shown = table.rows().values().stream().map(r -> r.get(table.header().indexOf("variant")))
                    .distinct().toList();
            return print(new ModeTable(ModeSummary.of(table), shown), "From " + from + ": "
                    + table.rows().size() + " runs.\n");
        }
        Shard chosen = parse(() -> Shard.parse(shard));
        if (chosen.count() > 1 && runsOut == null) {
            throw badInput("--shard needs --runs-out: the file this shard's runs go to, for 'gansim sweep merge'");
        }
        List<String> ids = new ArrayList<>();
        for (String name : targets) {
            String id = ModeBenchmark.TARGETS.get(name);
            if (id == null) {
                throw badInput("Unknown benchmark target '" + name + "'; valid targets: grid, ring");
            }
            ids.add(id);
        }
        long defaultSteps = steps != null ? steps : paperScale ? ModeBenchmark.PAPER_STEPS : 20_000;
        Map<String, Long> byVariant = new LinkedHashMap<>();
        if (!paperScale && steps == null) {
            byVariant.put("wgan-gp", 6_000L);
        }
        byVariant.putAll(stepsFor);
        if (defaultSteps < 0 || byVariant.values().stream().anyMatch(s -> s < 0)) {
            throw badInput("Steps must be 0 or more");
        }
        ModeBenchmark recipe = new ModeBenchmark(defaultSteps, byVariant, paperScale, params);
        SweepPlan plan = parse(() -> new SweepPlan(ids, variants, List.of(), SeedRange.parse(seeds)));

        Path runs = runsOut != null ? runsOut : Files.createTempFile("gansim-bench-modes", ".csv");
        try (PluginRegistry registry = bench.registry(spec.commandLine())) {
            SweepTable table = runsOut != null && Files.exists(runsOut) && Files.size(runsOut) > 0
                    ? parse(() -> read(runsOut)) : new SweepTable(SweepTable.header(List.of(), true));
            RunTrainer trainer = new RunTrainer(registry, recipe, ModeCoverage.BENCHMARK_SAMPLES, null);
            SweepExecution execution = parse(() -> new SweepExecution(plan, chosen, trainer, table, runs));
            parse(() -> {
                execution.checkSettings();
                return null;
            });
            String settings = settings(plan, trainer, recipe);
            int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
            TerminalProgress bar = new TerminalProgress(System.err, TerminalProgress.onTerminal(), "runs",
                    execution.remaining().size());
            long started = System.nanoTime();
            execution.run(threads, result -> bar.advance());
            double seconds = (System.nanoTime() - started) / 1e9;
            if (chosen.count() > 1) {
                spec.commandLine().getOut().printf(Locale.ROOT, "Shard %d/%d: %d runs in %s (%.0f s). Merge the shards"
                        + " with 'gansim sweep merge', then print the table with 'gansim bench modes --from'.%n",
                        chosen.index(), chosen.count(), execution.runs().size(), runs, seconds);
                spec.commandLine().getOut().flush();
                return 0;
            }
            String intro = settings + String.format(Locale.ROOT, "Trained in %.0f s with %d jobs.%n", seconds, threads);
            return print(new ModeTable(ModeSummary.of(table), variants), intro);
        } finally {
            if (runsOut == null) {
                Files.deleteIfExists(runs);
            }
        }
    }

    /** What was trained: seeds, samples, and per variant the networks, batch and steps. */
    private String settings(SweepPlan plan, RunTrainer trainer, ModeBenchmark recipe) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "GanSim: %d seeds (%s), %d generated samples"
                + " measured per run; mean ± standard error over the seeds, reverse KL over the runs with a"
                + " high-quality sample.%n", plan.seeds().size(), seeds, ModeCoverage.BENCHMARK_SAMPLES));
        for (String variant : variants) {
            SweepRun first = plan.runs().stream().filter(r -> r.variant().equals(variant)).findFirst().orElseThrow();
            TrainingSettings s = trainer.settings(first);
            var all = s.all();
            text.append(String.format(Locale.ROOT, "  %s: G %s, D %s (hidden widths), latent %s (%s), batch %s,"
                            + " %s D step(s) per G step, %d steps%n", variant,
                    all.get("model.g_hidden"), all.get("model.d_hidden"), all.get("model.latent_dim"),
                    all.get("model.prior"), all.get("train.batch"), all.get("train.d_steps"), recipe.steps(first)));
        }
        return text.toString();
    }

    private int print(ModeTable table, String intro) throws IOException {
        String text;
        if (format.equals("csv")) {
            text = table.csv();
        } else {
            text = intro + "\n" + table.markdown() + "\n" + PAPERS;
        }
        PrintWriter printed = spec.commandLine().getOut();
        if (out != null) {
            AtomicText.write(out, text);
            printed.println("Wrote the table to " + out);
        } else {
            printed.print(text);
        }
        printed.flush();
        return 0;
    }

    /** The published settings, as far as they could be confirmed. */
    static final String PAPERS = String.join("\n",
            PublishedFigures.PACGAN + ": 10 trials, mean ± standard error. Settings from the authors' code"
                    + " (github.com/fjxmlzn/PacGAN, synthetic_data_experiments/*/config.py): G 4 x 400 ReLU with"
                    + " batch normalisation, D 3 x 200 maxout (5 pieces), Adam 1e-4 with beta1 0.8, batch 100,"
                    + " 400 epochs of 100,000 samples (400,000 steps), 2-D Gaussian latent; ring radius 1, std"
                    + " 0.01; grid -4..4 step 2, std 0.05. --paper-scale trains these widths, depths, batch and"
                    + " steps with plain ReLU networks (GanSim has no batch normalisation or maxout).",
            PublishedFigures.VEEGAN + ": five runs, means only, 2,500 samples, no reverse KL; its 2-D network"
                    + " sizes and steps are not restated here (not confirmed).",
            "WGAN-GP is in neither table.", "");

    private static SweepTable read(Path file) {
        try {
            return SweepTable.read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage());
        }
    }

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
