package org.gansim.api.nn;

/**
 * The matrix products as a textbook writes them: three nested loops, one thread. This is the
 * definition every faster {@link Backend} must match bit for bit.
 *
 * <p>Each element {@code C(i, j)} is the sum over {@code p} of {@code A(i, p) B(p, j)}, added in
 * increasing order of {@code p} with {@link Math#fma} (multiply and add rounded once, as vector
 * hardware does), and then the bias. One exception, so that a vector unit can compute the
 * narrow results of a network (a logit, a 2-D point: fewer than {@link #NARROW} columns) as dot
 * products four numbers at a time: there {@code p} is dealt into four running sums by {@code p mod
 * 4}, the four are added in order, and the last {@code k mod 4} products are added one by one.
 *
 * <p>Stateless; any thread.
 *
 * @since 2
 */
public final class ReferenceMatmul implements MatmulKernel {

    /** Results narrower than this are summed as four interleaved dot products. */
    public static final int NARROW = 4;

    @Override
    public void affine(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n) {
        affineRows(a, b, bias, c, k, n, 0, m);
    }

    @Override
    public void affineRows(double[] a, double[] b, double[] bias, double[] c, int k, int n, int from, int to) {
        // A(i, p) = a[i * k + p], B(p, j) = b[p * n + j]
        for (int i = from; i < to; i++) {
            for (int j = 0; j < n; j++) {
                double sum = n < NARROW ? interleaved(a, i * k, 1, b, j, n, k) : ordered(a, i * k, 1, b, j, n, k);
                c[i * n + j] = bias == null ? sum : sum + bias[j];
            }
        }
    }

    @Override
    public void multiplyTransposeA(double[] a, double[] b, double[] c, int k, int m, int n) {
        // a is k x m, so (A^T)(i, p) = a[p * m + i]; every element is the ordered sum.
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[i * n + j] = ordered(a, i, m, b, j, n, k);
            }
        }
    }

    @Override
    public void multiplyTransposeB(double[] a, double[] b, double[] c, int m, int k, int n) {
        // b is n x k, so (B^T)(p, j) = b[j * k + p]
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[i * n + j] = n < NARROW ? interleaved(a, i * k, 1, b, j * k, 1, k)
                        : ordered(a, i * k, 1, b, j * k, 1, k);
            }
        }
    }

    /** {@code sum over p of x[x0 + p * xs] * y[y0 + p * ys]}, in order of p. */
    private static double ordered(double[] x, int x0, int xs, double[] y, int y0, int ys, int k) {
        double sum = 0.0;
        for (int p = 0; p < k; p++) {
            sum = Math.fma(x[x0 + p * xs], y[y0 + p * ys], sum);
        }
        return sum;
    }

    /** The same sum, as four running sums by {@code p mod 4}, added in order, then the rest. */
    private static double interleaved(double[] x, int x0, int xs, double[] y, int y0, int ys, int k) {
        double[] lane = new double[4];
        int fours = k - k % 4;
        for (int p = 0; p < fours; p++) {
            lane[p % 4] = Math.fma(x[x0 + p * xs], y[y0 + p * ys], lane[p % 4]);
        }
        double sum = lane[0] + lane[1] + lane[2] + lane[3];
        for (int p = fours; p < k; p++) {
            sum = Math.fma(x[x0 + p * xs], y[y0 + p * ys], sum);
        }
        return sum;
    }
}
