package org.gansim.api.nn;

/**
 * {@link LayerOps#stack} in 32-bit floats, for {@link Precision#FLOAT}: the same layers, {@code h =
 * leakyRelu(h w + b)} for each hidden layer and {@code h w + b} for the last, computed by {@link
 * FloatKernel} on float copies of the input, the weights and the biases. The result is rounded back
 * to doubles, and so are the gradients, so everything around the stack (losses, optimizers, the
 * weights themselves) stays in doubles, as in mixed-precision training.
 *
 * <p>The whole stack is one graph node whose rule keeps the float values of the hidden layers. A
 * plain backward pass runs in floats. A backward pass that is itself recorded (a gradient penalty,
 * an unrolled discriminator) computes the layers again in doubles, as {@link LayerOps} would have
 * made them, and differentiates those: a gradient of a gradient is always taken in doubles.
 *
 * <p>Package-private; any thread, for tensors that belong to it.
 */
final class FloatLayerStack {

    private FloatLayerStack() {
    }

    /** See {@link LayerOps#stack}; the shapes have been checked there. */
    static Tensor stack(Tensor x, Tensor[] weights, Tensor[] biases, double hiddenSlope) {
        int layers = weights.length;
        int rows = x.rows();
        float slope = (float) hiddenSlope;
        float[] input = FloatArrays.rounded(x.data);
        float[][] w = new float[layers][];
        float[][] b = new float[layers][];
        float[][] values = new float[layers][];
        Tensor[] inputs = new Tensor[1 + 2 * layers];
        inputs[0] = x;
        int[] widths = new int[layers + 1];
        widths[0] = x.cols();
        for (int l = 0; l < layers; l++) {
            int k = weights[l].rows();
            int n = weights[l].cols();
            widths[l + 1] = n;
            w[l] = FloatArrays.rounded(weights[l].data);
            b[l] = FloatArrays.rounded(biases[l].data);
            values[l] = FloatArrays.toOverwrite(rows * n);
            inputs[1 + 2 * l] = weights[l];
            inputs[2 + 2 * l] = biases[l];
        }
        // One core: splitting the rows between two (as the double stack does) was slower here, as
        // the halves of a float product are too short to pay for handing one over.
        forwardRows(input, widths, w, b, values, slope, 0, rows);
        double[] out = new double[values[layers - 1].length];
        Kernels.FLOATS.widen(values[layers - 1], out);
        FloatArrays.giveBack(b);
        if (!GradMode.isRecording()) {
            // No graph: nothing will read the float values again.
            FloatArrays.giveBack(input);
            FloatArrays.giveBack(w);
            FloatArrays.giveBack(values);
        }
        return Tensor.node(rows, weights[layers - 1].cols(), out, "floatLayerStack",
                new StackRule(x, weights, biases, hiddenSlope, input, w, values), inputs);
    }

    /** The rows {@code from} to {@code to - 1} of every layer; {@code widths}: each layer's input, then the output. */
    private static void forwardRows(float[] input, int[] widths, float[][] w, float[][] b, float[][] values,
                                    float slope, int from, int to) {
        float[] in = input;
        for (int l = 0; l < w.length; l++) {
            int k = widths[l];
            int n = widths[l + 1];
            Kernels.FLOATS.product(in, k, 1, w[l], b[l], values[l], k, n, from, to);
            if (l < w.length - 1) {
                Kernels.FLOATS.leakyRelu(values[l], from * n, to * n, slope);
            }
            in = values[l];
        }
    }

    /** A gradient as a tensor of doubles, in an array of the backward pass's pool. */
    private static Tensor asGradient(int rows, int cols, float[] values, String name) {
        double[] doubles = Kernels.ARRAYS.toOverwrite(values.length);
        Kernels.FLOATS.widen(values, doubles);
        return Tensor.node(rows, cols, doubles, name, null);
    }

    /**
     * The gradients of the stack with respect to its inputs, in the order {@code x, w0, b0, w1, b1,
     * ...}: layer by layer from the output, the upstream gradient masked by the activation's slope,
     * then {@code h^T g} for the weights, the column sums of {@code g} for the biases and {@code g
     * w^T} for the layer below, stopping at the lowest layer anything is wanted from.
     *
     * @param input  the float copy of {@code x}
     * @param w      the float copies of the weights the values were computed with
     * @param values each layer's float result, after its activation
     */
    private static final class StackRule implements JointGradientRule {

        private final Tensor x;
        private final Tensor[] weights;
        private final Tensor[] biases;
        private final double hiddenSlope;
        private final float[] input;
        private final float[][] w;
        private final float[][] values;
        /** Set by the first plain backward pass, which hands the float values back to the pool. */
        private boolean usedUp;

        StackRule(Tensor x, Tensor[] weights, Tensor[] biases, double hiddenSlope, float[] input, float[][] w,
                  float[][] values) {
            this.x = x;
            this.weights = weights;
            this.biases = biases;
            this.hiddenSlope = hiddenSlope;
            this.input = input;
            this.w = w;
            this.values = values;
        }

        @Override
        public Tensor[] gradients(boolean[] wanted, Tensor upstream, Tensor result) {
            if (!wantedBelow(wanted, weights.length)) {
                // A pass that only reaches the stack's output (the gradient with respect to a
                // generator's samples): nothing of the stack is needed, and a later pass may be.
                return new Tensor[wanted.length];
            }
            if (GradMode.isRecording()) {
                return inDoubles(wanted, upstream);
            }
            if (usedUp) {
                throw new IllegalStateException("This graph has already been through a backward pass, which "
                        + "recycled the hidden values of its networks; run the forward pass again for each "
                        + "backward pass");
            }
            usedUp = true;
            Tensor[] out = inFloats(wanted, upstream);
            FloatArrays.giveBack(input);
            FloatArrays.giveBack(w);
            FloatArrays.giveBack(values);
            return out;
        }

        private Tensor[] inFloats(boolean[] wanted, Tensor upstream) {
            int layers = weights.length;
            int rows = x.rows();
            float slope = (float) hiddenSlope;
            Tensor[] out = new Tensor[wanted.length];
            float[] g = FloatArrays.rounded(upstream.data);
            for (int l = layers - 1; l >= 0; l--) {
                int k = weights[l].rows();
                int n = weights[l].cols();
                float[] sums = new float[n];
                float[] masked = g;
                if (l < layers - 1) {
                    masked = FloatArrays.toOverwrite(g.length);
                    Kernels.FLOATS.leakyReluGradientAndColumnSums(g, values[l], slope, masked, n, sums);
                } else if (wanted[2 + 2 * l]) {
                    Kernels.FLOATS.columnSums(g, n, sums);
                }
                if (wanted[2 + 2 * l]) {
                    out[2 + 2 * l] = asGradient(1, n, sums, "floatStackBiasGradient");
                }
                boolean goOn = wantedBelow(wanted, l);
                float[] weightGradient = wanted[1 + 2 * l] ? FloatArrays.toOverwrite(k * n) : null;
                float[] transposed = goOn ? FloatArrays.transposed(w[l], k, n) : null;
                float[] inputGradient = goOn ? FloatArrays.toOverwrite(rows * k) : null;
                float[] below = l == 0 ? input : values[l - 1];
                if (weightGradient != null) {
                    // (h^T g)(i, j) = sum over rows r of h(r, i) g(r, j): h read down its columns
                    Kernels.FLOATS.product(below, 1, k, masked, null, weightGradient, rows, n, 0, k);
                }
                if (inputGradient != null) {
                    Kernels.FLOATS.product(masked, n, 1, transposed, null, inputGradient, n, k, 0, rows);
                }
                if (weightGradient != null) {
                    out[1 + 2 * l] = asGradient(k, n, weightGradient, "floatStackWeightGradient");
                    FloatArrays.giveBack(weightGradient);
                }
                if (goOn) {
                    FloatArrays.giveBack(transposed);
                    if (l == 0) {
                        out[0] = asGradient(rows, k, inputGradient, "floatStackInputGradient");
                        FloatArrays.giveBack(inputGradient);
                        goOn = false;
                    }
                }
                FloatArrays.giveBack(g);
                if (masked != g) {
                    FloatArrays.giveBack(masked);
                }
                if (!goOn) {
                    break;
                }
                g = inputGradient;
            }
            return out;
        }

        /**
         * The same gradients from the layers computed again in doubles, with the tensor operations of
         * {@link LayerOps}' own rule, so that the result is a graph that can be differentiated again.
         */
        private Tensor[] inDoubles(boolean[] wanted, Tensor upstream) {
            int layers = weights.length;
            Tensor[] h = new Tensor[layers + 1];
            h[0] = x;
            for (int l = 0; l < layers; l++) {
                h[l + 1] = l < layers - 1
                        ? LayerOps.affineLeakyRelu(h[l], weights[l], biases[l], hiddenSlope)
                        : LayerOps.affine(h[l], weights[l], biases[l]);
            }
            Tensor[] out = new Tensor[wanted.length];
            Tensor g = upstream;
            for (int l = layers - 1; l >= 0; l--) {
                if (l < layers - 1) {
                    g = g.leakyReluGradient(h[l + 1], hiddenSlope);
                }
                if (wanted[2 + 2 * l]) {
                    out[2 + 2 * l] = g.sumEachColumn();
                }
                if (wanted[1 + 2 * l]) {
                    out[1 + 2 * l] = h[l].transposeMatmul(g);
                }
                if (!wantedBelow(wanted, l)) {
                    break;
                }
                g = g.matmulTransposeB(weights[l]);
            }
            if (wanted[0]) {
                out[0] = g;
            }
            return out;
        }

        /** Whether the input or a layer under layer {@code l} wants its gradient (with the layer count: any). */
        private static boolean wantedBelow(boolean[] wanted, int l) {
            for (int i = 0; i < 1 + 2 * l; i++) {
                if (wanted[i]) {
                    return true;
                }
            }
            return false;
        }
    }
}
