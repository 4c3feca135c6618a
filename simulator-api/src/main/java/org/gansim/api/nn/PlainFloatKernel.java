package org.gansim.api.nn;

/**
 * {@link FloatKernel} as a textbook writes it, and the definition every faster float kernel must
 * match bit for bit.
 *
 * <p>Each element {@code C(i, j)} is the sum over {@code p} of {@code A(i, p) B(p, j)}, added in
 * increasing order of {@code p} with {@link Math#fma}, and then the bias. One exception, as in
 * {@link ReferenceMatmul}, so that a vector unit can compute the narrow results of a network (a
 * logit, a 2-D point: fewer than {@link #NARROW} columns) as dot products sixteen numbers at a time:
 * there {@code p} is dealt into sixteen running sums by {@code p mod 16}, the sixteen are added in
 * order, and the last {@code k mod 16} products are added one by one. Stateless; any thread.
 *
 * @since 2
 */
public final class PlainFloatKernel implements FloatKernel {

    /** The one instance; it has no state. */
    public static final PlainFloatKernel INSTANCE = new PlainFloatKernel();

    /** Results narrower than this are summed as {@link #INTERLEAVED} interleaved dot products. */
    public static final int NARROW = 4;

    /** How many running sums a narrow result's dot product is dealt into. */
    public static final int INTERLEAVED = 16;

    @Override
    public void product(float[] a, int rowStride, int colStride, float[] b, float[] bias, float[] c, int k, int n,
                        int from, int to) {
        for (int i = from; i < to; i++) {
            for (int j = 0; j < n; j++) {
                float sum = n < NARROW ? interleaved(a, i * rowStride, colStride, b, j, n, k)
                        : ordered(a, i * rowStride, colStride, b, j, n, k);
                c[i * n + j] = bias == null ? sum : sum + bias[j];
            }
        }
    }

    /** {@code sum over p of x[x0 + p * xs] * y[y0 + p * ys]}, in order of p. */
    public static float ordered(float[] x, int x0, int xs, float[] y, int y0, int ys, int k) {
        float sum = 0f;
        for (int p = 0; p < k; p++) {
            sum = Math.fma(x[x0 + p * xs], y[y0 + p * ys], sum);
        }
        return sum;
    }

    /** The same sum as sixteen running sums by {@code p mod 16}, added in order, then the rest. */
    public static float interleaved(float[] x, int x0, int xs, float[] y, int y0, int ys, int k) {
        float[] lane = new float[INTERLEAVED];
        int whole = k - k % INTERLEAVED;
        for (int p = 0; p < whole; p++) {
            lane[p % INTERLEAVED] = Math.fma(x[x0 + p * xs], y[y0 + p * ys], lane[p % INTERLEAVED]);
        }
        float sum = lane[0];
        for (int l = 1; l < INTERLEAVED; l++) {
            sum += lane[l];
        }
        for (int p = whole; p < k; p++) {
            sum = Math.fma(x[x0 + p * xs], y[y0 + p * ys], sum);
        }
        return sum;
    }

    @Override
    public void round(double[] from, float[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] = (float) from[i];
        }
    }

    @Override
    public void widen(float[] from, double[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] = from[i];
        }
    }

    @Override
    public void leakyRelu(float[] x, int from, int to, float slope) {
        for (int i = from; i < to; i++) {
            float v = x[i];
            x[i] = v > 0f ? v : slope * v;
        }
    }

    @Override
    public void leakyReluGradientAndColumnSums(float[] g, float[] y, float slope, float[] out, int cols,
                                               float[] sums) {
        for (int row = 0; row < y.length; row += cols) {
            for (int c = 0; c < cols; c++) {
                int i = row + c;
                float v = y[i] > 0f ? g[i] : slope * g[i];
                out[i] = v;
                sums[c] += v;
            }
        }
    }

    @Override
    public void columnSums(float[] g, int cols, float[] sums) {
        for (int row = 0; row < g.length; row += cols) {
            for (int c = 0; c < cols; c++) {
                sums[c] += g[row + c];
            }
        }
    }
}
