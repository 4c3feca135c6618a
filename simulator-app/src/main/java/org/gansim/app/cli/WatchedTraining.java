package org.gansim.app.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.gansim.app.session.PluginCalls;

/**
 * Runs the work of {@code run} (building the simulation, training, sampling, writing) on a worker
 * thread while the calling thread watches it: it redraws the progress bar and, when one plugin call
 * has not returned within the time limit, gives up on the worker and reports the plugin by name.
 *
 * <p>Java cannot stop a thread safely: a stuck worker is a daemon, interrupted once and left behind;
 * it may keep a core busy until the program exits (which {@code run} does right after). The worker
 * calls {@link #callsOfThisThread()} and {@link #stepDone(long)}; the caller calls {@link #run}.
 */
final class WatchedTraining {

    /** A plugin call that did not return in time; the message names the plugin and what it was doing. */
    static final class Stuck extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stuck(String message) {
            super(message, null, false, false);
        }
    }

    private static final long POLL_MILLIS = 100;

    private final Duration limit;
    private final AtomicLong stepsDone = new AtomicLong();
    private final AtomicReference<PluginCalls> calls = new AtomicReference<>();
    private volatile boolean abandoned;
    private volatile long firstStep;
    private volatile long totalSteps;

    /** @param limit how long one plugin call may take before the run is given up as stuck */
    WatchedTraining(Duration limit) {
        this.limit = limit;
    }

    /** Worker thread: the record of plugin calls made on this thread, which the watcher reads. */
    PluginCalls callsOfThisThread() {
        PluginCalls mine = new PluginCalls();
        calls.set(mine);
        return mine;
    }

    /** Worker thread: watch these calls instead (a run built elsewhere records its own). */
    void watch(PluginCalls others) {
        calls.set(others);
    }

    /** Worker thread: training goes from step {@code from} (done already) to step {@code to}. */
    void starting(long from, long to) {
        stepsDone.set(from);
        firstStep = from;
        totalSteps = to;
    }

    /** The step training ends at, once known (0 before); any thread. */
    long totalSteps() {
        return totalSteps;
    }

    /** Worker thread: {@code step} steps are done. */
    void stepDone(long step) {
        stepsDone.lazySet(step);
    }

    /**
     * Worker thread: whether the watcher gave up on this work. A plugin that comes back from its loop
     * after that (an interrupt can free it) must not move any file into place.
     */
    boolean abandoned() {
        return abandoned;
    }

    /** Steps done so far; any thread. */
    long stepsDone() {
        return stepsDone.get();
    }

    /**
     * Runs {@code work} on a daemon worker thread and waits for it, drawing {@code bar} meanwhile.
     *
     * @return what the work returned
     * @throws Stuck     when a plugin call ran longer than the limit (the worker is left behind)
     * @throws Exception whatever the work threw, unwrapped
     */
    <T> T run(Callable<T> work, ProgressBar bar) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread worker = new Thread(task, "gansim-run");
        worker.setDaemon(true);
        long started = System.nanoTime();
        worker.start();
        try {
            while (true) {
                try {
                    return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    bar.update(stepsDone.get() - firstStep, totalSteps - firstStep, System.nanoTime() - started);
                    PluginCalls watched = calls.get();
                    Optional<String> stuck = watched == null ? Optional.empty() : watched.stuckLongerThan(limit);
                    if (stuck.isPresent()) {
                        abandoned = true;
                        worker.interrupt();
                        throw new Stuck(stuck.get());
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            bar.clear();
        }
    }
}
