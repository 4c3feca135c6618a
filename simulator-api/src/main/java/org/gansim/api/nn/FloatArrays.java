package org.gansim.api.nn;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The float working arrays of {@link FloatLayerStack} and {@link FloatGradientNorms}, handed out again once the stack has finished
 * with them, for the reason {@link org.gansim.api.nn.fast.RecycledArrays} gives for doubles: an
 * array given back a moment ago is still in the cache, a fresh one must first be cleared in memory
 * the processor has not touched for a while. No array the caller can see ever comes from here.
 *
 * <p>Per thread; at most {@value #SPARES_PER_LENGTH} spares of each length and {@value
 * #MAX_SPARE_VALUES} numbers in all, past which a thread forgets its spares.
 */
final class FloatArrays {

    private static final int SPARES_PER_LENGTH = 16;
    private static final long MAX_SPARE_VALUES = 1L << 21;
    private static final ThreadLocal<Spares> OF_THIS_THREAD = ThreadLocal.withInitial(Spares::new);

    private FloatArrays() {
    }

    /** An array of {@code length} whose every element the caller writes before reading it. */
    static float[] toOverwrite(int length) {
        ArrayDeque<float[]> spares = OF_THIS_THREAD.get().byLength.get(length);
        if (spares == null || spares.isEmpty()) {
            return new float[length];
        }
        OF_THIS_THREAD.get().count -= length;
        return spares.pop();
    }

    /** A float copy of {@code values}, each rounded to the nearest float, in an array from the pool. */
    static float[] rounded(double[] values) {
        float[] floats = toOverwrite(values.length);
        Kernels.FLOATS.round(values, floats);
        return floats;
    }

    /** The transpose of the {@code rows x cols} row-major {@code m}, in an array from the pool. */
    static float[] transposed(float[] m, int rows, int cols) {
        float[] t = toOverwrite(m.length);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = m[r * cols + c];
            }
        }
        return t;
    }

    /** Takes back arrays nothing will read again. */
    static void giveBack(float[]... arrays) {
        Spares spares = OF_THIS_THREAD.get();
        for (float[] array : arrays) {
            ArrayDeque<float[]> ofLength = spares.byLength.computeIfAbsent(array.length, n -> new ArrayDeque<>());
            if (ofLength.size() < SPARES_PER_LENGTH) {
                ofLength.push(array);
                spares.count += array.length;
            }
        }
        if (spares.count > MAX_SPARE_VALUES) {
            spares.byLength.clear();
            spares.count = 0;
        }
    }

    private static final class Spares {
        final Map<Integer, ArrayDeque<float[]>> byLength = new HashMap<>();
        long count;
    }
}
