package org.gansim.api.nn.fast;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.gansim.api.nn.ArrayPool;

/**
 * Arrays a training step has finished with, handed out again for new results instead of fresh
 * ones.
 *
 * <p>Why: a training step makes the same few dozen values and gradients, many of them 256 x 64,
 * every time. A fresh array comes from memory the processor has not touched for a while (the
 * young generation is far larger than its caches), and filling it costs more than the
 * multiply-adds written into it. An array that was given back a moment ago is still in the cache.
 *
 * <p>Arrays come back only from the core's backward pass, and never while a pass is recorded
 * ({@code createGraph}):
 * <ul>
 *   <li>{@link #giveBack}: intermediate gradients of a plain backward pass, once no gradient it
 *       still holds shares them. Only arrays taken during that same pass ({@link #during}) are
 *       accepted, so a caller's values can never come back by mistake.</li>
 *   <li>{@link #recycle}: the values of hidden layers, which only the graph can reach, once a
 *       plain backward pass has used them.</li>
 * </ul>
 * Nothing a caller can see is reused: not the tensors operations return to it, not the gradients
 * a pass returns or adds into {@code grad()}.
 *
 * <p>Per thread. A thread keeps at most {@value #SPARES_PER_LENGTH} spare arrays of each length
 * and {@value #MAX_SPARE_VALUES} numbers in all; past that it forgets every spare, since a student
 * who has just changed the batch size or a layer's width will not need the old lengths again.
 *
 * <p>Internal: public only so that the core's tests can start from fresh arrays.
 */
public final class RecycledArrays implements ArrayPool {

    private static final int SPARES_PER_LENGTH = 16;
    /** 8 MB of doubles: several times what a training step of the reference networks reuses. */
    static final long MAX_SPARE_VALUES = 1L << 20;
    private static final ThreadLocal<Spares> OF_THIS_THREAD = ThreadLocal.withInitial(Spares::new);

    /** The one instance; the state it works on is the calling thread's. */
    public RecycledArrays() {
    }

    @Override
    public <T> T during(Supplier<T> pass) {
        Spares spares = OF_THIS_THREAD.get();
        spares.depth++;
        try {
            return pass.get();
        } finally {
            if (--spares.depth == 0) {
                // Whatever was not given back (the returned gradients) now belongs to the caller.
                spares.taken.clear();
            }
        }
    }

    @Override
    public double[] zeroed(int length) {
        return OF_THIS_THREAD.get().take(length, true);
    }

    @Override
    public double[] toOverwrite(int length) {
        return OF_THIS_THREAD.get().take(length, false);
    }

    @Override
    public void giveBack(double[] array) {
        Spares spares = OF_THIS_THREAD.get();
        if (spares.depth > 0 && spares.taken.remove(array)) {
            spares.keep(array);
        }
    }

    @Override
    public void recycle(double[] array) {
        Spares spares = OF_THIS_THREAD.get();
        spares.taken.remove(array);
        spares.keep(array);
    }

    /** Forgets this thread's spare arrays, so that what follows runs on fresh ones (for tests). */
    public static void dropSparesOfThisThread() {
        OF_THIS_THREAD.get().forget();
    }

    /** How many numbers this thread's spare arrays hold together (for tests). */
    static long spareValuesOfThisThread() {
        return OF_THIS_THREAD.get().values;
    }

    /** One thread's spare arrays. */
    private static final class Spares {
        /** How many {@link #during} calls are running on this thread. */
        int depth;
        /** Arrays handed out during the current pass and not yet given back. */
        final Set<double[]> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        final Map<Integer, ArrayDeque<double[]>> byLength = new HashMap<>();
        /** How many numbers the spare arrays hold together. */
        long values;

        double[] take(int length, boolean zero) {
            ArrayDeque<double[]> spare = byLength.get(length);
            double[] array = spare == null ? null : spare.pollFirst();
            if (array == null) {
                array = new double[length];
            } else {
                values -= length;
                if (zero) {
                    Arrays.fill(array, 0.0);
                }
            }
            if (depth > 0) {
                taken.add(array);
            }
            return array;
        }

        void keep(double[] array) {
            if (values + array.length > MAX_SPARE_VALUES) {
                forget();
            }
            ArrayDeque<double[]> spare = byLength.computeIfAbsent(array.length, length -> new ArrayDeque<>());
            if (spare.size() < SPARES_PER_LENGTH && array.length <= MAX_SPARE_VALUES) {
                spare.addFirst(array);
                values += array.length;
            }
        }

        void forget() {
            byLength.clear();
            values = 0;
        }
    }
}
