package org.gansim.api.nn.fast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gansim.api.nn.FloatKernel;
import org.gansim.api.nn.PlainFloatKernel;
import org.junit.jupiter.api.Test;

/**
 * The vector float kernel against the textbook float loops of {@link PlainFloatKernel}, bit for bit,
 * on shapes that reach every block, edge and narrow path, with the left factor read along its rows
 * (a forward pass), down its columns (a weight gradient) and through other strides.
 */
class FloatKernelTest {

    private static final int[][] SHAPES = {
        {1, 1, 1}, {3, 2, 1}, {5, 7, 2}, {6, 3, 3}, {4, 9, 4}, {7, 5, 5}, {9, 11, 8}, {13, 6, 12},
        {12, 64, 16}, {31, 17, 19}, {256, 2, 64}, {256, 64, 64}, {64, 256, 64}, {256, 64, 2},
        {256, 64, 1}, {150, 8, 8}, {37, 1, 40}, {5, 9, 16}, {8, 150, 8}, {7, 2, 13}, {2, 256, 64},
        {1, 7, 21}, {3, 40, 35}, {19, 33, 3}, {64, 256, 2}, {64, 256, 1}, {21, 3, 17}, {40, 13, 1},
        {10, 70, 33}, {256, 64, 65}, {4, 31, 96},
    };

    private static final FloatKernel PLAIN = PlainFloatKernel.INSTANCE;
    private static final FloatKernel VECTOR = new VectorFloatKernel();

    private static float[] random(int size, SplittableRandom rng) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) rng.nextDouble(-1, 1);
        }
        return values;
    }

    @Test
    void theFastBackendUsesTheVectorFloatKernel() {
        assertTrue(new FastBackend().floats() instanceof VectorFloatKernel);
    }

    @Test
    void productsHaveTheBitsOfTheTextbookLoopsForEveryLayout() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int[] shape : SHAPES) {
            int m = shape[0];
            int k = shape[1];
            int n = shape[2];
            float[] b = random(k * n, rng);
            float[] bias = random(n, rng);
            // {rowStride, colStride}: along rows, down columns, and a padded row-major layout
            int[][] layouts = {{k, 1}, {1, m}, {k + 3, 1}, {2, 2 * m}};
            for (int[] layout : layouts) {
                int rowStride = layout[0];
                int colStride = layout[1];
                float[] a = random((m - 1) * rowStride + (k - 1) * colStride + 1, rng);
                for (float[] withBias : new float[][] {bias, null}) {
                    float[] expected = new float[m * n];
                    float[] actual = new float[m * n];
                    PLAIN.product(a, rowStride, colStride, b, withBias, expected, k, n, 0, m);
                    String name = m + "x" + k + "x" + n + " strides " + rowStride + "," + colStride
                            + (withBias == null ? "" : " with bias");
                    VECTOR.product(a, rowStride, colStride, b, withBias, actual, k, n, 0, m);
                    assertArrayEquals(expected, actual, name);
                    // The same rows computed in two ranges, as two cores do, give the same bits.
                    float[] halves = new float[m * n];
                    int split = m / 2 + 1;
                    VECTOR.product(a, rowStride, colStride, b, withBias, halves, k, n, 0, Math.min(split, m));
                    VECTOR.product(a, rowStride, colStride, b, withBias, halves, k, n, Math.min(split, m), m);
                    assertArrayEquals(expected, halves, name + ", in two ranges of rows");
                }
            }
        }
    }

    @Test
    void narrowResultsAreSixteenInterleavedSumsAndWideOnesOrderedSums() {
        // Worked out by hand. A = 1 and B(p) = 2^24 at p = 0, -2^24 at p = 16, 1 elsewhere, k = 32.
        // In order, each 1 added to 2^24 is lost to rounding: 2^24, then 0, then fifteen ones: 15.
        // As sixteen running sums by p mod 16: sum 0 is 2^24 - 2^24 = 0, the others 2 each: 30.
        int k = 32;
        int n = 4;
        float[] a = new float[k];
        java.util.Arrays.fill(a, 1f);
        float[] narrowB = new float[k];
        float[] wideB = new float[k * n];
        for (int p = 0; p < k; p++) {
            narrowB[p] = p == 0 ? 0x1p24f : p == 16 ? -0x1p24f : 1f;
            for (int j = 0; j < n; j++) {
                wideB[p * n + j] = narrowB[p];
            }
        }
        for (FloatKernel kernel : new FloatKernel[] {PLAIN, VECTOR}) {
            String name = kernel.getClass().getSimpleName();
            float[] one = new float[1];
            kernel.product(a, k, 1, narrowB, null, one, k, 1, 0, 1);
            assertEquals(30f, one[0], name + ", one column");
            kernel.product(a, 1, 1, narrowB, null, one, k, 1, 0, 1);
            assertEquals(30f, one[0], name + ", one column, A read down its column");
            float[] four = new float[n];
            kernel.product(a, k, 1, wideB, null, four, k, n, 0, 1);
            assertArrayEquals(new float[] {15f, 15f, 15f, 15f}, four, name + ", four columns");
        }
    }

    @Test
    void elementwiseLoopsAndConversionsHaveTheBitsOfTheTextbookLoops() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int cols : new int[] {1, 2, 5, 16, 64, 67}) {
            int rows = 37;
            float[] y = random(rows * cols, rng);
            float[] g = random(rows * cols, rng);
            float[] outPlain = new float[y.length];
            float[] outVector = new float[y.length];
            float[] sumsPlain = random(cols, rng);
            float[] sumsVector = sumsPlain.clone();
            PLAIN.leakyReluGradientAndColumnSums(g, y, 0.2f, outPlain, cols, sumsPlain);
            VECTOR.leakyReluGradientAndColumnSums(g, y, 0.2f, outVector, cols, sumsVector);
            assertArrayEquals(outPlain, outVector, "masked gradient, " + cols + " columns");
            assertArrayEquals(sumsPlain, sumsVector, "column sums of the masked gradient, " + cols + " columns");
            float[] plainSums = new float[cols];
            float[] vectorSums = new float[cols];
            PLAIN.columnSums(g, cols, plainSums);
            VECTOR.columnSums(g, cols, vectorSums);
            assertArrayEquals(plainSums, vectorSums, "column sums, " + cols + " columns");
            float[] x = y.clone();
            float[] xv = y.clone();
            PLAIN.leakyRelu(x, 0, x.length, 0.2f);
            VECTOR.leakyRelu(xv, 0, cols, 0.2f);
            VECTOR.leakyRelu(xv, cols, xv.length, 0.2f);
            assertArrayEquals(x, xv, "leaky ReLU");
        }
        for (int length : new int[] {0, 1, 7, 8, 17, 16384}) {
            double[] doubles = new double[length];
            for (int i = 0; i < length; i++) {
                doubles[i] = rng.nextDouble(-1e3, 1e3);
            }
            float[] plain = new float[length];
            float[] vector = new float[length];
            PLAIN.round(doubles, plain);
            VECTOR.round(doubles, vector);
            assertArrayEquals(plain, vector, "rounding " + length + " doubles");
            for (int i = 0; i < length; i++) {
                assertEquals((float) doubles[i], vector[i], "rounding element " + i);
            }
            double[] widenedPlain = new double[length];
            double[] widenedVector = new double[length];
            PLAIN.widen(plain, widenedPlain);
            VECTOR.widen(plain, widenedVector);
            assertArrayEquals(widenedPlain, widenedVector, "widening " + length + " floats");
        }
    }
}
