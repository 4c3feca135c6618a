package org.gansim.api.nn.fast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.gansim.api.nn.ElementwiseKernel;
import org.gansim.api.nn.Engine;
import org.gansim.api.nn.MatmulKernel;
import org.gansim.api.nn.PlainElementwise;
import org.gansim.api.nn.ReferenceMatmul;
import org.gansim.api.nn.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The fast kernels (vector and blocked) against the textbook loops of {@link ReferenceMatmul}, bit
 * for bit, on shapes that exercise every block size and edge path. Tests run with {@code
 * --add-modules jdk.incubator.vector}, so all three are available.
 */
class KernelTest {

    private static final int[][] SHAPES = {
        {1, 1, 1}, {3, 2, 1}, {5, 7, 2}, {6, 3, 3}, {4, 9, 4}, {7, 5, 5}, {9, 11, 8}, {13, 6, 12},
        {12, 64, 16}, {31, 17, 19}, {256, 2, 64}, {256, 64, 64}, {64, 256, 64}, {256, 64, 2},
        {256, 64, 1}, {150, 8, 8}, {37, 1, 40}, {5, 9, 16}, {8, 150, 8},
        // the short (k of 1 or 2), few-row (m under 6) and many-row narrow paths, and their edges
        {7, 2, 13}, {2, 256, 64}, {1, 7, 21}, {3, 40, 35}, {19, 33, 3}, {64, 256, 2}, {21, 3, 17},
    };

    private static final MatmulKernel PLAIN = new ReferenceMatmul();
    private static final MatmulKernel BLOCKED = new BlockedMatmul();
    private static final MatmulKernel VECTOR = new VectorMatmul();

    private static double[] random(int size, SplittableRandom rng) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = rng.nextDouble(-1, 1);
        }
        return values;
    }

    @Test
    void vectorKernelIsChosenWhenTheModuleIsPresent() {
        assertTrue(Engine.vectorModulePresent(), "tests are meant to run with the Vector API module");
        assertTrue(Engine.vectorised());
        FastBackend backend = new FastBackend();
        assertEquals("vector", backend.name());
        assertTrue(backend.matmul() instanceof VectorMatmul);
        assertTrue(backend.elementwise() instanceof VectorElementwise);
    }

    @Test
    void everyFastKernelGivesTheBitsOfTheTextbookLoops() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int[] shape : SHAPES) {
            int m = shape[0];
            int k = shape[1];
            int n = shape[2];
            double[] a = random(m * k, rng);
            double[] b = random(k * n, rng);
            double[] bias = random(n, rng);
            double[] at = random(k * m, rng);
            double[] bt = random(n * k, rng);
            double[] expectedTa = new double[m * n];
            double[] expectedTb = new double[m * n];
            PLAIN.multiplyTransposeA(at, b, expectedTa, k, m, n);
            PLAIN.multiplyTransposeB(a, bt, expectedTb, m, k, n);
            for (MatmulKernel fast : new MatmulKernel[] {BLOCKED, VECTOR}) {
                String name = fast.getClass().getSimpleName() + " " + m + "x" + k + "x" + n;
                assertArrayEquals(product(PLAIN, a, b, bias, m, k, n), product(fast, a, b, bias, m, k, n),
                        name + " affine");
                double[] actual = new double[m * n];
                fast.multiplyTransposeA(at, b, actual, k, m, n);
                assertArrayEquals(expectedTa, actual, name + " A^T B");
                fast.multiplyTransposeB(a, bt, actual, m, k, n);
                assertArrayEquals(expectedTb, actual, name + " A B^T");
            }
        }
    }

    /**
     * Results at least 4 columns wide are, whichever block, edge or short path computes them,
     * the fused multiply-adds over {@code p} in increasing order, then the bias: so an element's
     * bits never depend on where it falls in the result, or on how rows are split.
     */
    @Test
    void everyWideResultIsTheOrderedFusedSum() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int[] shape : SHAPES) {
            int m = shape[0];
            int k = shape[1];
            int n = shape[2];
            if (n < 4) {
                continue; // narrow results are summed four lanes at a time, then across
            }
            String name = m + "x" + k + "x" + n;
            double[] a = random(m * k, rng);
            double[] b = random(k * n, rng);
            double[] bias = random(n, rng);
            assertArrayEquals(orderedFusedSums(a, k, 1, b, bias, m, k, n), product(VECTOR, a, b, bias, m, k, n),
                    name + " affine");
            double[] at = random(k * m, rng);
            double[] actual = new double[m * n];
            VECTOR.multiplyTransposeA(at, b, actual, k, m, n);
            assertArrayEquals(orderedFusedSums(at, 1, m, b, null, m, k, n), actual, name + " A^T B");
            double[] bt = random(n * k, rng);
            double[] bTransposed = new double[k * n];
            for (int j = 0; j < n; j++) {
                for (int p = 0; p < k; p++) {
                    bTransposed[p * n + j] = bt[j * k + p];
                }
            }
            VECTOR.multiplyTransposeB(a, bt, actual, m, k, n);
            assertArrayEquals(orderedFusedSums(a, k, 1, bTransposed, null, m, k, n), actual, name + " A B^T");
        }
    }

    /** {@code C(i, j) = fma-sum over p of L(i, p) B(p, j), plus bias(j)}, with {@code L(i, p) = a[i * rs + p * cs]}. */
    private static double[] orderedFusedSums(double[] a, int rs, int cs, double[] b, double[] bias, int m, int k,
                                             int n) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum = Math.fma(a[i * rs + p * cs], b[p * n + j], sum);
                }
                c[i * n + j] = bias == null ? sum : sum + bias[j];
            }
        }
        return c;
    }

    /**
     * Every product writes every element of its result and reads none: the backward pass hands
     * kernels reused arrays that still hold old values (see {@link RecycledArrays}).
     */
    @Test
    void productsOverwriteWhateverTheResultArrayHeld() {
        SplittableRandom rng = new SplittableRandom(5);
        for (MatmulKernel kernel : new MatmulKernel[] {PLAIN, BLOCKED, VECTOR}) {
            for (int[] shape : SHAPES) {
                int m = shape[0];
                int k = shape[1];
                int n = shape[2];
                String name = kernel.getClass().getSimpleName() + " " + m + "x" + k + "x" + n;
                double[] a = random(m * k, rng);
                double[] b = random(k * n, rng);
                double[] bt = random(n * k, rng);
                double[] bias = random(n, rng);
                double[] clean = new double[m * n];
                double[] dirty = new double[m * n];
                kernel.affine(a, b, bias, clean, m, k, n);
                Arrays.fill(dirty, Double.NaN);
                kernel.affine(a, b, bias, dirty, m, k, n);
                assertArrayEquals(clean, dirty, name + " affine");
                double[] at = random(k * m, rng);
                kernel.multiplyTransposeA(at, b, clean, k, m, n);
                Arrays.fill(dirty, Double.NaN);
                kernel.multiplyTransposeA(at, b, dirty, k, m, n);
                assertArrayEquals(clean, dirty, name + " A^T B");
                kernel.multiplyTransposeB(a, bt, clean, m, k, n);
                Arrays.fill(dirty, Double.NaN);
                kernel.multiplyTransposeB(a, bt, dirty, m, k, n);
                assertArrayEquals(clean, dirty, name + " A B^T");
            }
        }
    }

    @Test
    void plainKernelMatchesTheDefinition() {
        double[] a = {1, 2, 3, 4, 5, 6};          // 2 x 3
        double[] b = {7, 8, 9, 10, 11, 12};       // 3 x 2
        double[] c = new double[4];
        PLAIN.affine(a, b, new double[] {1, -1}, c, 2, 3, 2);
        assertArrayEquals(new double[] {58 + 1, 64 - 1, 139 + 1, 154 - 1}, c);
    }

    @Test
    void splittingRowsBetweenThreadsChangesNoBit() {
        SplittableRandom rng = new SplittableRandom(2);
        int m = 256;
        int k = 64;
        int n = 64;
        double[] a = random(m * k, rng);
        double[] b = random(k * n, rng);
        double[] whole = new double[m * n];
        // Row by row on one thread: what a split at any row boundary must reproduce.
        for (int i = 0; i < m; i++) {
            double[] row = new double[n];
            VECTOR.multiply(Arrays.copyOfRange(a, i * k, (i + 1) * k), b, row, 1, k, n);
            System.arraycopy(row, 0, whole, i * n, n);
        }
        double[] split = new double[m * n];
        VECTOR.multiply(a, b, split, m, k, n); // large enough to be split between two threads
        assertArrayEquals(whole, split);
    }

    @Test
    void leakyReluKernelsAgreeExactly() {
        SplittableRandom rng = new SplittableRandom(3);
        ElementwiseKernel plain = new PlainElementwise();
        ElementwiseKernel vector = new VectorElementwise();
        for (int size : new int[] {1, 3, 4, 7, 64, 896, 1001}) {
            double[] x = random(size, rng);
            x[0] = 0.0;
            double[] g = random(size, rng);
            for (double slope : new double[] {0.0, 0.2}) {
                double[] expected = new double[size];
                double[] actual = new double[size];
                plain.leakyRelu(x, slope, expected);
                vector.leakyRelu(x, slope, actual);
                assertArrayEquals(expected, actual);
                plain.leakyReluGradient(g, x, slope, expected);
                vector.leakyReluGradient(g, x, slope, actual);
                assertArrayEquals(expected, actual);
                for (ElementwiseKernel kernel : new ElementwiseKernel[] {plain, vector}) {
                    // 64 columns: whole vectors; 7: a vector and a tail in each row
                    int cols = size % 64 == 0 ? 64 : size % 7 == 0 ? 7 : 1;
                    double[] masked = new double[size];
                    double[] sums = new double[cols];
                    kernel.leakyReluGradientAndColumnSums(g, x, slope, masked, cols, sums);
                    assertArrayEquals(expected, masked);
                    assertArrayEquals(Tensor.of(size / cols, cols, expected).sumEachColumn().toArray(), sums);
                }
            }
        }
    }

    private static double[] product(MatmulKernel kernel, double[] a, double[] b, double[] bias, int m, int k, int n) {
        double[] c = new double[m * n];
        kernel.affine(a, b, bias, c, m, k, n);
        return c;
    }
}
