package org.gansim.views;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Runs one job at a time on a background thread and hands each result to the Swing thread; a job
 * submitted while another waits replaces it, so a view that receives 60 snapshots a second computes
 * only as many as the worker keeps up with and never queues stale work. Jobs start at most
 * {@link #MAX_PER_SECOND} times a second: the eye does not need more, and the cores are left to
 * training (thread priorities mean nothing on Linux, so pacing is what keeps training fast).
 *
 * <p>{@link #submit} and {@link #shutdown} are called on the Swing thread; results and failures are
 * delivered there too.
 */
final class LatestOnlyWorker<T> {

    private static final AtomicInteger THREADS = new AtomicInteger();
    /** The most jobs started per second, unless a view asks for fewer. */
    static final int MAX_PER_SECOND = 20;

    private final long periodNanos;
    private long lastStart;

    private final ExecutorService executor;
    private final AtomicReference<Callable<T>> pending = new AtomicReference<>();
    private final AtomicInteger busy = new AtomicInteger();
    private final Consumer<T> onResult;
    private final Consumer<Throwable> onFailure;

    LatestOnlyWorker(String name, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        this(name, MAX_PER_SECOND, onResult, onFailure);
    }

    /** A worker that starts at most {@code maxPerSecond} jobs a second. */
    LatestOnlyWorker(String name, int maxPerSecond, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        this.periodNanos = 1_000_000_000L / Math.max(1, Math.min(MAX_PER_SECOND, maxPerSecond));
        this.lastStart = System.nanoTime() - periodNanos;
        this.onResult = onResult;
        this.onFailure = onFailure;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name + "-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            // Below the training thread, so drawing never slows training down much.
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    /** Schedules {@code job}, replacing one that has not started yet. */
    void submit(Callable<T> job) {
        busy.incrementAndGet();
        if (pending.getAndSet(job) == null) {
            executor.execute(this::runPending);
        } else {
            busy.decrementAndGet();
        }
    }

    private void runPending() {
        long wait = lastStart + periodNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        lastStart = System.nanoTime();
        // Taken after the pause, so the newest job submitted meanwhile is the one that runs.
        Callable<T> job = pending.getAndSet(null);
        if (job == null) {
            return;
        }
        try {
            T result = job.call();
            SwingUtilities.invokeLater(() -> {
                busy.decrementAndGet();
                onResult.accept(result);
            });
        } catch (Throwable t) {
            SwingUtilities.invokeLater(() -> {
                busy.decrementAndGet();
                onFailure.accept(t);
            });
        }
    }

    /** Whether no job is waiting, running, or has a result still on its way to the Swing thread. */
    boolean idle() {
        return busy.get() == 0;
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
