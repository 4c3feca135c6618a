package org.gansim.api.nn;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Hands the intermediate gradients of a plain (not recorded) backward pass arrays that an
 * earlier gradient has given back, instead of fresh ones.
 *
 * <p>Why: a training step makes the same few dozen gradients, many of them 256 x 64, every
 * time. A fresh array comes from memory the processor has not touched for a while (the young
 * generation is far larger than its caches), and filling it costs more than the multiply-adds
 * written into it. An array that another gradient has just given back is still in the cache.
 *
 * <p>Which arrays come back: only those taken during the pass ({@link #zeroed}, {@link
 * #toOverwrite}) that the pass has finished with, given back by {@link Backprop} once no
 * gradient it still holds shares them, and by a gradient rule for a scratch tensor of its own.
 * Nothing a caller can see is ever reused: not forward results, not the gradients a pass returns
 * or adds into {@code grad()}, and nothing at all while a pass is recorded ({@code createGraph}),
 * since those gradients are nodes of a new graph.
 *
 * <p>Per thread. Between passes a thread keeps at most {@value #SPARES_PER_LENGTH} spare arrays
 * of each length.
 */
final class GradientBuffers {

    private static final int SPARES_PER_LENGTH = 16;
    private static final ThreadLocal<GradientBuffers> OF_THIS_THREAD = ThreadLocal.withInitial(GradientBuffers::new);

    /** How many {@link #during} calls are running on this thread; arrays are reused only inside. */
    private int depth;
    /** Arrays taken during the current pass and not yet given back. */
    private final Set<double[]> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Integer, ArrayDeque<double[]>> spares = new HashMap<>();

    private GradientBuffers() {
    }

    /** Runs a plain backward pass with reuse switched on for this thread. */
    static <T> T during(Supplier<T> pass) {
        GradientBuffers buffers = OF_THIS_THREAD.get();
        buffers.depth++;
        try {
            return pass.get();
        } finally {
            if (--buffers.depth == 0) {
                // Whatever was not given back (the returned gradients) now belongs to the caller.
                buffers.taken.clear();
            }
        }
    }

    /** Forgets this thread's spare arrays, so that the next pass starts on fresh ones (for tests). */
    static void dropSpares() {
        OF_THIS_THREAD.get().spares.clear();
    }

    /** An array of zeros, reused when a pass is running. */
    static double[] zeroed(int length) {
        return take(length, true);
    }

    /**
     * An array whose every element the caller will write before reading it; reused when a pass
     * is running, so it may hold old values.
     */
    static double[] toOverwrite(int length) {
        return take(length, false);
    }

    private static double[] take(int length, boolean zero) {
        GradientBuffers buffers = OF_THIS_THREAD.get();
        if (buffers.depth == 0) {
            return new double[length];
        }
        ArrayDeque<double[]> spare = buffers.spares.get(length);
        double[] array = spare == null ? null : spare.pollFirst();
        if (array == null) {
            array = new double[length];
        } else if (zero) {
            Arrays.fill(array, 0.0);
        }
        buffers.taken.add(array);
        return array;
    }

    /**
     * Gives an array back for reuse. Does nothing unless it was taken during the running pass,
     * so it is safe to call on any tensor's values; the caller promises that nothing it still
     * uses shares the array.
     */
    static void giveBack(double[] array) {
        GradientBuffers buffers = OF_THIS_THREAD.get();
        if (buffers.depth == 0 || !buffers.taken.remove(array)) {
            return;
        }
        ArrayDeque<double[]> spare = buffers.spares.computeIfAbsent(array.length, length -> new ArrayDeque<>());
        if (spare.size() < SPARES_PER_LENGTH) {
            spare.addFirst(array);
        }
    }
}
