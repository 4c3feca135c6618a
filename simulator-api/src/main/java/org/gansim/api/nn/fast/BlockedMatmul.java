package org.gansim.api.nn.fast;

import org.gansim.api.nn.MatmulKernel;
import org.gansim.api.nn.ReferenceMatmul;

/**
 * Matrix products in plain Java, fast: used when the JVM runs without the {@code
 * jdk.incubator.vector} module (a {@code java -jar} whose relaunch failed).
 *
 * <p>It computes the result in blocks of 4 x 4, keeping the sixteen sums in local variables
 * (which the JIT keeps in registers) along the whole shared dimension, so that each number read
 * from memory is used four times. {@code A B} and {@code A^T B} share that loop by reading the
 * left-hand matrix through two strides; {@code A B^T} transposes the (small) right-hand matrix
 * first. Every element is the fused sum over {@code p} in increasing order, exactly as {@link
 * ReferenceMatmul} defines it; results narrower than {@link ReferenceMatmul#NARROW} columns (a few
 * multiply-adds per row) are left to the reference itself. Large products are split by rows over
 * two cores ({@link RowSplitter}). Stateless; any thread.
 */
final class BlockedMatmul implements MatmulKernel {

    private static final int BLOCK = 4;
    private static final ReferenceMatmul REFERENCE = new ReferenceMatmul();

    @Override
    public void affine(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n) {
        // A(i, p) = a[i * k + p]
        RowSplitter.forRows(m, (long) m * n * k, (from, to) -> affineRows(a, b, bias, c, k, n, from, to));
    }

    @Override
    public void affineRows(double[] a, double[] b, double[] bias, double[] c, int k, int n, int from, int to) {
        if (n < ReferenceMatmul.NARROW) {
            REFERENCE.affineRows(a, b, bias, c, k, n, from, to);
        } else {
            blocked(a, k, 1, b, bias, c, k, n, from, to);
        }
    }

    @Override
    public void multiplyTransposeA(double[] a, double[] b, double[] c, int k, int m, int n) {
        // a is k x m, so (A^T)(i, p) = a[p * m + i]
        RowSplitter.forRows(m, (long) m * n * k, (from, to) -> blocked(a, 1, m, b, null, c, k, n, from, to));
    }

    @Override
    public void multiplyTransposeB(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (n < ReferenceMatmul.NARROW) {
            REFERENCE.multiplyTransposeB(a, b, c, m, k, n);
            return;
        }
        double[] bTransposed = new double[k * n];
        for (int j = 0; j < n; j++) {
            for (int p = 0; p < k; p++) {
                bTransposed[p * n + j] = b[j * k + p];
            }
        }
        RowSplitter.forRows(m, (long) m * n * k,
                (from, to) -> blocked(a, k, 1, bTransposed, null, c, k, n, from, to));
    }

    /**
     * Rows {@code [from, to)} of {@code C = L B (+ bias)} with {@code L(i, p) = a[i * rowStride +
     * p * colStride]}.
     */
    private static void blocked(double[] a, int rowStride, int colStride, double[] b, double[] bias,
                                double[] c, int k, int n, int from, int to) {
        int fullRows = to - (to - from) % BLOCK;
        int fullCols = n - n % BLOCK;
        for (int i = from; i < fullRows; i += BLOCK) {
            for (int j = 0; j < fullCols; j += BLOCK) {
                block4x4(a, rowStride, colStride, b, bias, c, k, n, i, j);
            }
            for (int row = i; row < i + BLOCK; row++) {
                single(a, rowStride, colStride, b, bias, c, k, n, row, fullCols, n);
            }
        }
        for (int row = fullRows; row < to; row++) {
            single(a, rowStride, colStride, b, bias, c, k, n, row, 0, n);
        }
    }

    private static void block4x4(double[] a, int rowStride, int colStride, double[] b, double[] bias,
                                 double[] c, int k, int n, int i, int j) {
        double c00 = 0, c01 = 0, c02 = 0, c03 = 0;
        double c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        double c20 = 0, c21 = 0, c22 = 0, c23 = 0;
        double c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        int a0 = i * rowStride;
        for (int p = 0; p < k; p++) {
            int ap = a0 + p * colStride;
            double x0 = a[ap];
            double x1 = a[ap + rowStride];
            double x2 = a[ap + 2 * rowStride];
            double x3 = a[ap + 3 * rowStride];
            int bp = p * n + j;
            double y0 = b[bp];
            double y1 = b[bp + 1];
            double y2 = b[bp + 2];
            double y3 = b[bp + 3];
            c00 = Math.fma(x0, y0, c00);
            c01 = Math.fma(x0, y1, c01);
            c02 = Math.fma(x0, y2, c02);
            c03 = Math.fma(x0, y3, c03);
            c10 = Math.fma(x1, y0, c10);
            c11 = Math.fma(x1, y1, c11);
            c12 = Math.fma(x1, y2, c12);
            c13 = Math.fma(x1, y3, c13);
            c20 = Math.fma(x2, y0, c20);
            c21 = Math.fma(x2, y1, c21);
            c22 = Math.fma(x2, y2, c22);
            c23 = Math.fma(x2, y3, c23);
            c30 = Math.fma(x3, y0, c30);
            c31 = Math.fma(x3, y1, c31);
            c32 = Math.fma(x3, y2, c32);
            c33 = Math.fma(x3, y3, c33);
        }
        double[] sums = {c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33};
        for (int r = 0; r < BLOCK; r++) {
            for (int col = 0; col < BLOCK; col++) {
                double sum = sums[r * BLOCK + col];
                c[(i + r) * n + j + col] = bias == null ? sum : sum + bias[j + col];
            }
        }
    }

    /** Columns {@code [from, to)} of one row, one element at a time. */
    private static void single(double[] a, int rowStride, int colStride, double[] b, double[] bias,
                               double[] c, int k, int n, int i, int from, int to) {
        int a0 = i * rowStride;
        for (int j = from; j < to; j++) {
            double sum = 0.0;
            for (int p = 0; p < k; p++) {
                sum = Math.fma(a[a0 + p * colStride], b[p * n + j], sum);
            }
            c[i * n + j] = bias == null ? sum : sum + bias[j];
        }
    }
}
