package org.gansim.api.nn;

/**
 * The loops of a network's layers in 32-bit floats, for {@link Precision#FLOAT}. One product
 * covers the three a layer needs, because the left factor is read through strides: the forward
 * {@code x w + b} (row stride {@code k}, column stride 1), the weight gradient {@code x^T g} (row
 * stride 1, column stride the width of {@code x}) and the input gradient {@code g w^T} (with
 * {@code w^T} written out first).
 *
 * <p>{@link PlainFloatKernel} is the definition; a faster kernel must give its bits.
 *
 * @since 2
 */
public interface FloatKernel {

    /**
     * The rows {@code from} to {@code to - 1} of {@code C = A B (+ bias)}: {@code C(i, j)} is the
     * sum over {@code p} of {@code A(i, p) B(p, j)}, added as {@link PlainFloatKernel} says, and
     * then {@code bias[j]} when {@code bias} is not null.
     *
     * @param a the left factor, {@code A(i, p) = a[i * rowStride + p * colStride]}
     * @param b the right factor, {@code k x n} row-major
     * @param c the result, row-major with {@code n} columns; only the given rows are written
     */
    void product(float[] a, int rowStride, int colStride, float[] b, float[] bias, float[] c, int k, int n,
                 int from, int to);

    /** {@code to[i] = (float) from[i]}: each double rounded to the nearest float. */
    void round(double[] from, float[] to);

    /** {@code to[i] = from[i]}: each float exactly, as a double. */
    void widen(float[] from, double[] to);

    /** {@code x = x > 0 ? x : slope x}, in place, for the elements {@code from} to {@code to - 1}. */
    void leakyRelu(float[] x, int from, int to, float slope);

    /**
     * The gradient of a leaky ReLU whose results are {@code y}: {@code out = y > 0 ? g : slope g},
     * and the column sums of {@code out} added to {@code sums}, row after row.
     */
    void leakyReluGradientAndColumnSums(float[] g, float[] y, float slope, float[] out, int cols, float[] sums);

    /** The column sums of {@code g} (rows of {@code cols}) added to {@code sums}, row after row. */
    void columnSums(float[] g, int cols, float[] sums);
}
