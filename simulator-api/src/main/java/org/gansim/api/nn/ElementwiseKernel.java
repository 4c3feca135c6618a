package org.gansim.api.nn;

/**
 * Element-wise loops that plain Java runs slowly: those with a branch on the sign of each value,
 * which a CPU mispredicts about half the time on the random signs of a hidden layer.
 *
 * <p>Implementations are stateless and may be used from any thread.
 */
public interface ElementwiseKernel {

    /** {@code out[i] = x[i] > 0 ? x[i] : slope * x[i]} (ReLU when {@code slope} is 0). */
    default void leakyRelu(double[] x, double slope, double[] out) {
        leakyRelu(x, 0, x.length, slope, out);
    }

    /** {@link #leakyRelu(double[], double, double[])} for the elements {@code [from, to)} only. */
    void leakyRelu(double[] x, int from, int to, double slope, double[] out);

    /** {@code out[i] = x[i] > 0 ? g[i] : slope * g[i]}: the gradient through {@link #leakyRelu}. */
    void leakyReluGradient(double[] g, double[] x, double slope, double[] out);

    /**
     * {@link #leakyReluGradient} of a gradient {@code cols} wide, which in the same pass adds
     * each row of {@code out} into {@code sums} (a layer's bias gradient), rows in order: the
     * bits of {@code Tensor.sumEachColumn} over {@code out} when {@code sums} starts at zero.
     */
    void leakyReluGradientAndColumnSums(double[] g, double[] x, double slope, double[] out, int cols, double[] sums);
}
