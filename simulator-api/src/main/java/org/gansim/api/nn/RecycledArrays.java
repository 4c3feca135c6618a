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
 * Arrays a training step has finished with, handed out again for new results instead of fresh
 * ones.
 *
 * <p>Why: a training step makes the same few dozen values and gradients, many of them 256 x 64,
 * every time. A fresh array comes from memory the processor has not touched for a while (the
 * young generation is far larger than its caches), and filling it costs more than the
 * multiply-adds written into it. An array that was given back a moment ago is still in the cache.
 *
 * <p>Arrays come back only from {@link Backprop}, and never while a pass is recorded ({@code
 * createGraph}):
 * <ul>
 *   <li>{@link #giveBack}: intermediate gradients of a plain backward pass, once no gradient it
 *       still holds shares them. Only arrays taken during that same pass ({@link #during}) are
 *       accepted, so a caller's values can never come back by mistake.</li>
 *   <li>{@link #recycle}: the values of hidden layers, which only the graph can reach, once a
 *       plain backward pass has used them (see {@link Tensor#graphOnly()}).</li>
 * </ul>
 * Nothing a caller can see is reused: not the tensors operations return to it, not the gradients
 * a pass returns or adds into {@code grad()}.
 *
 * <p>Per thread. A thread keeps at most {@value #SPARES_PER_LENGTH} spare arrays of each length
 * and {@value #MAX_SPARE_VALUES} numbers in all; past that it forgets every spare, since a student
 * who has just changed the batch size or a layer's width will not need the old lengths again.
 */
final class RecycledArrays {

    private static final int SPARES_PER_LENGTH = 16;
    /** 8 MB of doubles: several times what a training step of the reference networks reuses. */
    static final long MAX_SPARE_VALUES = 1L << 20;
    private static final ThreadLocal<RecycledArrays> OF_THIS_THREAD = ThreadLocal.withInitial(RecycledArrays::new);

    /** How many {@link #during} calls are running on this thread. */
    private int depth;
    /** Arrays handed out during the current pass and not yet given back. */
    private final Set<double[]> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Integer, ArrayDeque<double[]>> spares = new HashMap<>();
    /** How many numbers the spare arrays hold together. */
    private long spareValues;

    private RecycledArrays() {
    }

    /** Runs a plain backward pass, keeping track of the arrays it is handed. */
    static <T> T during(Supplier<T> pass) {
        RecycledArrays arrays = OF_THIS_THREAD.get();
        arrays.depth++;
        try {
            return pass.get();
        } finally {
            if (--arrays.depth == 0) {
                // Whatever was not given back (the returned gradients) now belongs to the caller.
                arrays.taken.clear();
            }
        }
    }

    /** Forgets this thread's spare arrays, so that what follows runs on fresh ones (for tests). */
    static void dropSpares() {
        OF_THIS_THREAD.get().forgetSpares();
    }

    /** How many numbers this thread's spare arrays hold together (for tests). */
    static long spareValuesOfThisThread() {
        return OF_THIS_THREAD.get().spareValues;
    }

    private void forgetSpares() {
        spares.clear();
        spareValues = 0;
    }

    /** An array of zeros: a spare one cleared, if there is one. */
    static double[] zeroed(int length) {
        return take(length, true);
    }

    /**
     * An array whose every element the caller will write before reading it: a spare one, which
     * may hold old values, if there is one.
     */
    static double[] toOverwrite(int length) {
        return take(length, false);
    }

    private static double[] take(int length, boolean zero) {
        RecycledArrays arrays = OF_THIS_THREAD.get();
        ArrayDeque<double[]> spare = arrays.spares.get(length);
        double[] array = spare == null ? null : spare.pollFirst();
        if (array == null) {
            array = new double[length];
        } else {
            arrays.spareValues -= length;
            if (zero) {
                Arrays.fill(array, 0.0);
            }
        }
        if (arrays.depth > 0) {
            arrays.taken.add(array);
        }
        return array;
    }

    /**
     * Gives an array back for reuse. Does nothing unless it was taken during the running pass,
     * so it is safe to call on any tensor's values; the caller promises that nothing it still
     * uses shares the array.
     */
    static void giveBack(double[] array) {
        RecycledArrays arrays = OF_THIS_THREAD.get();
        if (arrays.depth > 0 && arrays.taken.remove(array)) {
            arrays.keep(array);
        }
    }

    /** Takes an array back for reuse; the caller promises that nothing will read or write it again. */
    static void recycle(double[] array) {
        RecycledArrays arrays = OF_THIS_THREAD.get();
        arrays.taken.remove(array);
        arrays.keep(array);
    }

    private void keep(double[] array) {
        if (spareValues + array.length > MAX_SPARE_VALUES) {
            forgetSpares();
        }
        ArrayDeque<double[]> spare = spares.computeIfAbsent(array.length, length -> new ArrayDeque<>());
        if (spare.size() < SPARES_PER_LENGTH && array.length <= MAX_SPARE_VALUES) {
            spare.addFirst(array);
            spareValues += array.length;
        }
    }
}
