package org.gansim.app.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the runs of a sweep that its CSV does not hold yet, {@code jobs} at a time, and writes the
 * CSV again after each one finishes. Rerunning the same sweep on the same file skips what is done.
 *
 * <p>Each run owns its simulation, so runs share nothing mutable but the table; the results depend
 * only on each run's settings and seed, not on which thread ran it or when.
 */
public final class SweepExecution {

    private final List<SweepRun> runs;
    private final RunTrainer trainer;
    private final SweepTable table;
    private final Path out;

    /**
     * @param plan    every run of the sweep
     * @param shard   which of them this process takes
     * @param trainer trains one run
     * @param table   the rows already finished (read from {@code out}, or empty)
     * @param out     the CSV to keep up to date
     * @throws IllegalArgumentException when a row of the table is not the plan's run of that index
     *                                  (the file belongs to another sweep)
     */
    public SweepExecution(SweepPlan plan, Shard shard, RunTrainer trainer, SweepTable table, Path out) {
        List<SweepRun> all = plan.runs();
        for (var row : table.rows().entrySet()) {
            int index = row.getKey();
            if (index >= all.size() || !matches(all.get(index), row.getValue())) {
                throw new IllegalArgumentException(out + " holds run " + index + " of another sweep ("
                        + CsvCells.join(row.getValue().subList(0, Math.min(row.getValue().size(), 4 + plan.axes().size())))
                        + "); give another --out, or the same options as the sweep that wrote it");
            }
        }
        this.runs = all.stream().filter(r -> shard.takes(r.index())).toList();
        this.trainer = trainer;
        this.table = table;
        this.out = out;
    }

    /** Whether a row read from the file describes this run: same target, variant, values and seed. */
    private static boolean matches(SweepRun run, List<String> cells) {
        List<String> expected = new ArrayList<>(List.of(Integer.toString(run.index()), run.target(), run.variant()));
        expected.addAll(run.values());
        expected.add(Long.toString(run.seed()));
        return cells.size() >= expected.size() && cells.subList(0, expected.size()).equals(expected);
    }

    /** This shard's runs. */
    public List<SweepRun> runs() {
        return runs;
    }

    /** This shard's runs that the CSV does not hold yet. */
    public List<SweepRun> remaining() {
        return runs.stream().filter(r -> !table.has(r.index())).toList();
    }

    /**
     * Checks every remaining run's settings before training any, so a bad key or value stops the
     * sweep before it starts.
     *
     * @throws IllegalArgumentException naming the first bad id, key or value
     */
    public void checkSettings() {
        for (SweepRun run : remaining()) {
            trainer.settings(run);
        }
    }

    /**
     * Trains the remaining runs and writes the CSV after each.
     *
     * @param jobs     how many runs train at the same time, at least 1
     * @param progress told of each finished run
     * @return the results of the runs trained now, in the order they finished
     */
    public List<RunResult> run(int jobs, Progress progress) throws IOException, InterruptedException {
        List<SweepRun> todo = remaining();
        table.write(out); // the header at once, and a valid file from the start
        List<RunResult> finished = new ArrayList<>();
        if (todo.isEmpty()) {
            return finished;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, todo.size()), runnable -> {
            Thread thread = new Thread(runnable, "gansim-sweep-job");
            thread.setDaemon(true); // Ctrl-C ends the process at once; the CSV on disk is already valid
            return thread;
        });
        try {
            ExecutorCompletionService<RunResult> done = new ExecutorCompletionService<>(pool);
            List<Future<RunResult>> futures = new ArrayList<>();
            for (SweepRun run : todo) {
                futures.add(done.submit(() -> trainer.train(run)));
            }
            for (int i = 0; i < todo.size(); i++) {
                RunResult result;
                try {
                    result = done.take().get();
                } catch (ExecutionException e) {
                    futures.forEach(f -> f.cancel(true));
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
                table.add(result);
                table.write(out);
                finished.add(result);
                progress.advance(result);
            }
        } finally {
            pool.shutdownNow();
        }
        return finished;
    }

    /** Told of each finished run, on the thread that called {@link #run}. */
    @FunctionalInterface
    public interface Progress {
        void advance(RunResult result);
    }
}
