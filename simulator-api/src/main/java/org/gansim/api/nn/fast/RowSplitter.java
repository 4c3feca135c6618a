package org.gansim.api.nn.fast;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits the rows of a large result between the calling thread and one helper thread.
 *
 * <p>Each result element is computed by exactly one thread, by the same code in the same order
 * whichever thread it is, so splitting never changes a single bit of a result: training stays
 * reproducible. Small products (most of a classroom GAN's) are not split, since handing work
 * over costs a few microseconds.
 *
 * <p>The helper is one daemon thread shared by the JVM. After a piece of work it keeps polling
 * for the next one for a short while (a training step hands it a product every few dozen
 * microseconds), then parks. If another thread is already using it, the caller simply does all
 * the rows itself. Any thread may call.
 *
 * <p>The size threshold can be changed with the system property {@code gansim.parallelWork}
 * (multiply-adds; a huge value switches splitting off).
 */
public final class RowSplitter {

    /** Multiply-adds below which a product runs on the calling thread alone. */
    static final long PARALLEL_WORK = Long.getLong("gansim.parallelWork", 150_000L);

    /** Rows in the tallest block of the vector matrix kernel. */
    private static final int BLOCK = 6;

    /** How long the idle helper polls before parking. */
    private static final long SPIN_NANOS = 50_000L;

    private static final Helper HELPER = Runtime.getRuntime().availableProcessors() > 1 ? new Helper() : null;

    /** How many products have been split so far (for tests). */
    private static final AtomicLong SPLITS = new AtomicLong();

    private static final ThreadLocal<boolean[]> ALONE = ThreadLocal.withInitial(() -> new boolean[1]);

    private RowSplitter() {
    }

    /** A piece of work over result rows {@code [from, to)}. */
    @FunctionalInterface
    public interface RowRange {
        void run(int from, int to);
    }

    /** Runs {@code task} over rows {@code [0, rows)}, in two pieces when {@code work} is large. */
    public static void forRows(int rows, long work, RowRange task) {
        // Cut near the middle, at a whole number of the kernel's 6-row blocks. (Any cut gives the
        // same bits; this one keeps both halves on the fastest path.)
        int half = rows / 2 / BLOCK * BLOCK;
        if (rows < 2 * BLOCK || !handOver(work, () -> task.run(0, half), () -> task.run(half, rows))) {
            task.run(0, rows);
        }
    }

    /**
     * Runs {@code here} on the calling thread and {@code there} on the helper at the same time,
     * for two independent pieces of work (a layer's input and weight gradients) of {@code work}
     * multiply-adds each; both on the calling thread, one after the other, when they are small,
     * the helper is taken or splitting is off. Products inside either piece are not split
     * further, since both cores are already busy.
     */
    public static void both(long work, Runnable here, Runnable there) {
        if (!handOver(work, here, there)) {
            here.run();
            there.run();
        }
    }

    /**
     * Runs {@code here} and {@code there} side by side on this thread and the helper, and returns
     * true; or runs nothing and returns false when the work is too small, the helper is taken or
     * splitting is off on this thread.
     */
    private static boolean handOver(long work, Runnable here, Runnable there) {
        if (HELPER == null || work < PARALLEL_WORK || ALONE.get()[0] || !HELPER.busy.compareAndSet(false, true)) {
            return false;
        }
        SPLITS.incrementAndGet();
        try {
            HELPER.start(there);
            try {
                here.run();
            } finally {
                HELPER.finish(); // even after a failure: the helper must be idle before release
            }
        } finally {
            HELPER.busy.set(false);
        }
        return true;
    }

    /** How many products have been split between two threads since the JVM started. */
    public static long splitCount() {
        return SPLITS.get();
    }

    /** Runs {@code work} with splitting switched off on this thread (for measurements). */
    public static void onThisThread(Runnable work) {
        boolean[] alone = ALONE.get();
        boolean before = alone[0];
        alone[0] = true;
        try {
            work.run();
        } finally {
            alone[0] = before;
        }
    }

    /**
     * The helper thread and its one-slot hand-over. Whoever takes the work out of the slot first
     * runs it: normally the helper, but if the helper has not woken up by the time the caller is
     * done with its own half (a busy machine), the caller takes it back and runs it itself, so
     * the caller never waits for a thread that is not running.
     */
    private static final class Helper implements Runnable {

        final AtomicBoolean busy = new AtomicBoolean();
        private final Thread thread;
        private final AtomicReference<Runnable> pending = new AtomicReference<>();
        private volatile boolean finished;
        private volatile boolean parked;
        private volatile Thread waiting;
        private volatile Throwable failure;

        Helper() {
            thread = new Thread(this, "gansim-matmul-helper");
            thread.setDaemon(true);
            thread.start();
        }

        void start(Runnable work) {
            finished = false;
            failure = null;
            pending.set(work);
            if (parked) {
                LockSupport.unpark(thread); // a system call: only when the helper is really asleep
            }
        }

        void finish() {
            Runnable notTaken = pending.getAndSet(null);
            if (notTaken != null) {
                notTaken.run();
                return;
            }
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            waiting = Thread.currentThread();
            while (!finished) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(this, 50_000L);
                }
            }
            waiting = null;
            Throwable t = failure;
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }

        @Override
        public void run() {
            long idleSince = System.nanoTime();
            while (true) {
                Runnable work = pending.getAndSet(null);
                if (work == null) {
                    if (System.nanoTime() - idleSince < SPIN_NANOS) {
                        Thread.onSpinWait();
                    } else {
                        // Announce the nap, then look once more: start() either sees the flag and
                        // wakes us, or its work is seen here.
                        parked = true;
                        if (pending.get() == null) {
                            LockSupport.park(this);
                        }
                        parked = false;
                    }
                    continue;
                }
                try {
                    work.run();
                } catch (Throwable t) {
                    failure = t;
                }
                finished = true;
                Thread caller = waiting;
                if (caller != null) {
                    LockSupport.unpark(caller);
                }
                idleSince = System.nanoTime();
            }
        }
    }
}
