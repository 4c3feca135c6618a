package org.gansim.api.nn;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Splits the rows of a large result between the calling thread and one helper thread.
 *
 * <p>Rows are cut at a multiple of four, so that blocked kernels see the same blocks as when
 * one thread does everything; each result element is computed by exactly one thread, in the
 * same order, so splitting never changes a single bit of the result. Small products (most of
 * a classroom GAN's) are not split: waking a helper costs more than it saves.
 *
 * <p>Any thread; the helper pool is shared by the whole JVM.
 */
final class RowSplitter {

    /** A piece of work over result rows {@code [from, to)}. */
    @FunctionalInterface
    interface RowRange {
        void run(int from, int to);
    }

    /** Multiply-adds below which a product runs on the calling thread alone. */
    static final long PARALLEL_WORK = Long.getLong("gansim.parallelWork", 400_000L);

    private static final ForkJoinPool HELPERS = Runtime.getRuntime().availableProcessors() > 1
            ? new ForkJoinPool(1) : null;

    private RowSplitter() {
    }

    /** Runs {@code task} over rows {@code [0, rows)}, in two pieces when {@code work} is large. */
    static void forRows(int rows, long work, RowRange task) {
        if (HELPERS == null || work < PARALLEL_WORK || rows < 16) {
            task.run(0, rows);
            return;
        }
        int half = (rows / 2) & ~3;
        ForkJoinTask<?> second = HELPERS.submit(() -> task.run(half, rows));
        task.run(0, half);
        second.join();
    }
}
