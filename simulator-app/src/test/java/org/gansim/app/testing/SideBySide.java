package org.gansim.app.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent training runs (one per seed, say) side by side, one to a core, for the build's
 * long checks. A run gives the same numbers on any thread, as each training step is computed by one
 * thread in a fixed order, so running them side by side only shortens the build.
 */
public final class SideBySide {

    private SideBySide() {
    }

    /** The results of {@code runs}, in their order; the first failure is thrown as the run threw it. */
    public static <T> List<T> results(List<Callable<T>> runs) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), runs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> started = new ArrayList<>();
            for (Callable<T> run : runs) {
                started.add(pool.submit(run));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : started) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the runs trained", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
