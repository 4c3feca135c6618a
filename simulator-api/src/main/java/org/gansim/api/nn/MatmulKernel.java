package org.gansim.api.nn;

/**
 * The three matrix products the engine needs, on raw row-major arrays.
 *
 * <p>A forward pass needs {@code A B}; its backward pass needs {@code A^T B} (weight gradients)
 * and {@code A B^T} (input gradients). Having all three avoids building transposed copies.
 * Each method overwrites {@code c}. Implementations must compute every output element by the
 * same sequence of operations on every run, so that training is reproducible bit for bit.
 *
 * <p>Implementations are stateless and may be used from any thread.
 */
public interface MatmulKernel {

    /** {@code c (m x n) = a (m x k) * b (k x n)}. */
    default void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        affine(a, b, null, c, m, k, n);
    }

    /**
     * {@code c (m x n) = a (m x k) * b (k x n) + bias}, the bias row ({@code n} numbers) added to
     * every row after the products are summed; no bias when {@code bias} is null.
     */
    void affine(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n);

    /**
     * Rows {@code [from, to)} of {@link #affine}, on the calling thread, leaving the other rows of
     * {@code c} alone; each row gets exactly the bits {@code affine} gives it. For callers that
     * split the rows between threads themselves.
     */
    void affineRows(double[] a, double[] b, double[] bias, double[] c, int k, int n, int from, int to);

    /** {@code c (m x n) = a^T * b}, where {@code a} is {@code k x m} and {@code b} is {@code k x n}. */
    void multiplyTransposeA(double[] a, double[] b, double[] c, int k, int m, int n);

    /** {@code c (m x n) = a * b^T}, where {@code a} is {@code m x k} and {@code b} is {@code n x k}. */
    void multiplyTransposeB(double[] a, double[] b, double[] c, int m, int k, int n);
}
