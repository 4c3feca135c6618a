package org.gansim.api.nn;

/**
 * Where the engine's heavy loops run: the seam between the readable core of this package and a
 * faster implementation of the same arithmetic.
 *
 * <p>The core needs only {@link ReferenceMatmul} and {@link PlainElementwise}: loops as a
 * textbook writes them. A faster back end (GanSim's own is in the internal package {@code
 * org.gansim.api.nn.fast}: vector kernels, register blocking, two threads) is found with {@link
 * java.util.ServiceLoader} and must give <em>the same bits</em> as the reference for every
 * product and every element: each element of a product is the same fused multiply-add sum, in the
 * same order (see {@link ReferenceMatmul}). A plugin never needs this interface.
 *
 * <p>Implementations are stateless after construction and used from any thread. A constructor
 * may throw to say the back end cannot run here; the next one (or the reference) is used.
 *
 * @since 2 (the engine's speed machinery moved behind it, out of the core)
 */
public interface Backend {

    /** A short name for the start-up line, e.g. "vector". */
    String name();

    /** What the start-up line says of it besides its name, e.g. "512-bit fused multiply-add"; may be empty. */
    default String detail() {
        return "";
    }

    /** The matrix products. */
    MatmulKernel matmul();

    /** The element-wise loops with a branch on each sign. */
    ElementwiseKernel elementwise();

    /** The layers' loops in 32-bit floats, for {@link Precision#FLOAT}; the textbook loops unless overridden. */
    default FloatKernel floats() {
        return PlainFloatKernel.INSTANCE;
    }

    /** Where results get their arrays: by default a new one each time. */
    default ArrayPool arrays() {
        return FreshArrays.INSTANCE;
    }

    /**
     * The values of a stack of dense layers for all {@code rows} rows of {@code x}: layer {@code i}
     * writes {@code values[i] = h weights[i] + biases[i]}, then a leaky ReLU of slope {@code
     * hiddenSlope} on every layer but the last, where {@code h} is {@code x} for the first layer and
     * {@code values[i - 1]} after. Layer {@code i} maps {@code widths[i]} numbers to {@code widths[i +
     * 1]}. By default one layer after another; a back end may instead take each piece of the rows
     * through all the layers on a thread of its own (one hand-over for the whole stack), as long as
     * every row gets the same bits.
     */
    default void layerStack(double[] x, int rows, int[] widths, double[][] weights, double[][] biases,
                            double hiddenSlope, double[][] values) {
        layerStackRows(x, widths, weights, biases, hiddenSlope, values, 0, rows);
    }

    /** {@link #layerStack} for the rows {@code [from, to)} only, on the calling thread. */
    default void layerStackRows(double[] x, int[] widths, double[][] weights, double[][] biases,
                                double hiddenSlope, double[][] values, int from, int to) {
        double[] in = x;
        for (int i = 0; i < weights.length; i++) {
            int n = widths[i + 1];
            matmul().affineRows(in, weights[i], biases[i], values[i], widths[i], n, from, to);
            if (i < weights.length - 1) {
                elementwise().leakyRelu(values[i], from * n, to * n, hiddenSlope, values[i]);
            }
            in = values[i];
        }
    }

    /** Runs two independent pieces of work ({@code work} multiply-adds in all), perhaps side by side. */
    default void both(long work, Runnable here, Runnable there) {
        here.run();
        there.run();
    }
}
