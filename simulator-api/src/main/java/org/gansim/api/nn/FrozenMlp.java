package org.gansim.api.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An immutable, inference-only copy of an {@link Mlp}, for the views.
 *
 * <p>Views run on the Swing thread while training goes on in the worker, so they never touch
 * the live network: each snapshot carries a frozen copy, made with {@link Mlp#freeze()}. It
 * works on plain arrays, builds no graph, and is safe to use from any number of threads at once.
 *
 * @since 1
 */
public final class FrozenMlp {

    private final int[] widths;
    private final double[][] weights;
    private final double[][] biases;
    private final Activation activation;
    private final Activation outputActivation;

    FrozenMlp(Mlp source) {
        List<Linear> layers = source.layers();
        widths = new int[layers.size() + 1];
        weights = new double[layers.size()][];
        biases = new double[layers.size()][];
        widths[0] = source.inputs();
        for (int l = 0; l < layers.size(); l++) {
            Linear layer = layers.get(l);
            widths[l + 1] = layer.outputs();
            weights[l] = layer.weight().toArray();
            biases[l] = layer.bias().toArray();
        }
        activation = source.activation();
        outputActivation = source.outputActivation();
    }

    /** Number of inputs per example. */
    public int inputs() {
        return widths[0];
    }

    /** Number of outputs per example. */
    public int outputs() {
        return widths[widths.length - 1];
    }

    /** The activation after each hidden layer. */
    public Activation activation() {
        return activation;
    }

    /** The activation after the output layer. */
    public Activation outputActivation() {
        return outputActivation;
    }

    /**
     * Layer widths, input first and output last (for example {@code [2, 64, 64, 1]}); a copy.
     */
    public int[] widths() {
        return widths.clone();
    }

    /**
     * Runs the network on a batch.
     *
     * @param inputRowMajor {@code rows * inputs()} numbers, one example per row; not null, not changed
     * @param rows number of examples
     * @return {@code rows * outputs()} numbers, one example per row
     */
    public double[] forward(double[] inputRowMajor, int rows) {
        checkInput(inputRowMajor, rows);
        double[] x = inputRowMajor;
        int last = weights.length - 1;
        for (int l = 0; l < last; l++) {
            // Hidden values are only read by the next layer: two arrays of this thread take turns.
            x = layer(l, x, rows, null, HiddenValues.array(l % 2, rows * widths[l + 1]));
        }
        return layer(last, x, rows, null, new double[rows * widths[last + 1]]);
    }

    /**
     * Two arrays per thread for the hidden layers of {@link #forward}. A view runs D on a grid of
     * thousands of points many times a second; a new array for every hidden layer each time made
     * megabytes of garbage a second per view.
     */
    private static final class HiddenValues {
        /** Larger arrays than this (8 MB) are not kept: a one-off batch should not stay in memory. */
        private static final int MAX_KEPT = 1 << 20;
        private static final ThreadLocal<double[][]> OF_THIS_THREAD = ThreadLocal.withInitial(() -> new double[2][]);

        /** Array {@code which} (0 or 1) of this thread, at least {@code length} long. */
        static double[] array(int which, int length) {
            if (length > MAX_KEPT) {
                return new double[length];
            }
            double[][] arrays = OF_THIS_THREAD.get();
            if (arrays[which] == null || arrays[which].length < length) {
                arrays[which] = new double[length];
            }
            return arrays[which];
        }
    }

    /**
     * The gradient of output number {@code outputIndex} with respect to the inputs, for each row:
     * the direction in which moving a point would raise that output fastest (the discriminator's
     * gradient arrows).
     *
     * @param points {@code rows * inputs()} numbers; not null, not changed
     * @param rows number of points
     * @param outputIndex which output to differentiate, in {@code [0, outputs())}
     * @return {@code rows * inputs()} numbers: d output / d input, one row per point
     */
    public double[] inputGradient(double[] points, int rows, int outputIndex) {
        checkInput(points, rows);
        if (outputIndex < 0 || outputIndex >= outputs()) {
            throw new IndexOutOfBoundsException("Output " + outputIndex + " of " + outputs());
        }
        int layerCount = weights.length;
        double[][] preActivations = new double[layerCount][];
        double[][] activations = new double[layerCount][];
        double[] x = points;
        for (int l = 0; l < layerCount; l++) {
            preActivations[l] = new double[rows * widths[l + 1]];
            x = layer(l, x, rows, preActivations[l], new double[rows * widths[l + 1]]);
            activations[l] = x;
        }
        // delta = d output / d (pre-activation of the current layer), one row per point
        int outs = outputs();
        double[] delta = new double[rows * outs];
        for (int r = 0; r < rows; r++) {
            int i = r * outs + outputIndex;
            delta[i] = outputActivation.derivative(preActivations[layerCount - 1][i], activations[layerCount - 1][i]);
        }
        for (int l = layerCount - 1; l >= 0; l--) {
            int in = widths[l];
            int out = widths[l + 1];
            double[] previous = new double[rows * in];
            Kernels.MATMUL.multiplyTransposeB(delta, weights[l], previous, rows, out, in);
            if (l > 0) {
                double[] z = preActivations[l - 1];
                double[] a = activations[l - 1];
                for (int i = 0; i < previous.length; i++) {
                    previous[i] *= activation.derivative(z[i], a[i]);
                }
            }
            delta = previous;
        }
        return delta;
    }

    /** Copies of all weights and biases, in {@link Mlp#flatParameters()} order. */
    public double[] flatParameters() {
        int count = 0;
        for (int l = 0; l < weights.length; l++) {
            count += weights[l].length + biases[l].length;
        }
        double[] flat = new double[count];
        int offset = 0;
        for (int l = 0; l < weights.length; l++) {
            System.arraycopy(weights[l], 0, flat, offset, weights[l].length);
            offset += weights[l].length;
            System.arraycopy(biases[l], 0, flat, offset, biases[l].length);
            offset += biases[l].length;
        }
        return flat;
    }

    /** A new trainable {@link Mlp} with these values (to resume training from a snapshot). */
    public Mlp thaw() {
        List<Linear> layers = new ArrayList<>(weights.length);
        for (int l = 0; l < weights.length; l++) {
            layers.add(Linear.withValues(widths[l], widths[l + 1], weights[l], biases[l]));
        }
        return new Mlp(layers, activation, outputActivation);
    }

    /**
     * One layer: {@code act(x W + b)} into the first {@code rows * out} numbers of {@code y}, which
     * it returns; stores {@code x W + b} in {@code preActivation} if given.
     */
    private double[] layer(int l, double[] x, int rows, double[] preActivation, double[] y) {
        int in = widths[l];
        int out = widths[l + 1];
        Kernels.MATMUL.multiply(x, weights[l], y, rows, in, out);
        Activation act = l == weights.length - 1 ? outputActivation : activation;
        double[] b = biases[l];
        for (int r = 0; r < rows; r++) {
            for (int c = 0, i = r * out; c < out; c++, i++) {
                double z = y[i] + b[c];
                if (preActivation != null) {
                    preActivation[i] = z;
                }
                y[i] = act.value(z);
            }
        }
        return y;
    }

    private void checkInput(double[] input, int rows) {
        Objects.requireNonNull(input, "input");
        if (rows < 0 || input.length != rows * inputs()) {
            throw new IllegalArgumentException(rows + " rows of " + inputs() + " inputs need "
                    + rows * inputs() + " numbers, got " + input.length);
        }
    }
}
