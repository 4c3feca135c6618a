package org.gansim.api.nn;

/**
 * The operations a {@link Linear} layer is made of, fused for speed: {@code x w + b} adds the
 * bias while the matrix product is stored, and {@code leakyRelu(x w + b)} also applies the
 * activation in place, so a hidden layer makes one array instead of three. Their gradient rules
 * are written with tensor operations like every other, so they can be differentiated twice.
 *
 * <p>Package-private; any thread, for tensors that belong to it.
 */
final class LayerOps {

    private LayerOps() {
    }

    /**
     * {@code x w + b} in one operation (a {@link Linear} layer): the bias row is added as the
     * products are stored, and the backward pass needs no broadcast bookkeeping.
     */
    static Tensor affine(Tensor x, Tensor w, Tensor b) {
        checkShapes(x, w, b);
        double[] out = new double[x.rows() * w.cols()];
        Kernels.MATMUL.affine(x.data, w.data, b.data, out, x.rows(), x.cols(), w.cols());
        return Tensor.node(x.rows(), w.cols(), out, "affine", new AffineRule(x, w, Double.NaN), x, w, b);
    }

    /**
     * {@code leakyRelu(x w + b)} in one operation, for hidden layers: one result array instead
     * of two, and the gradient is masked once and shared by the three inputs' rules.
     * A ReLU is the slope-0 case. The mask is read from the result, which is positive exactly
     * where {@code x w + b} is.
     */
    static Tensor affineLeakyRelu(Tensor x, Tensor w, Tensor b, double slope) {
        checkShapes(x, w, b);
        double[] out = new double[x.rows() * w.cols()];
        Kernels.MATMUL.affine(x.data, w.data, b.data, out, x.rows(), x.cols(), w.cols());
        Kernels.ELEMENTWISE.leakyRelu(out, slope, out);
        return Tensor.node(x.rows(), w.cols(), out, "affineLeakyRelu", new AffineRule(x, w, slope), x, w, b);
    }

    /**
     * A stack of layers, {@code h = leakyRelu(h w + b)} for each hidden layer with the given
     * negative slope and then {@code h w + b} for the last, as the same graph nodes that {@link
     * #affineLeakyRelu} and {@link #affine} would make one layer at a time, so backward passes
     * are unchanged. The values are computed by {@link Backend#layerStack} in one call, which lets
     * a fast back end split the rows between two threads once for the whole stack.
     *
     * @param weights each layer's {@code in x out} weights, input side first
     * @param biases  each layer's {@code 1 x out} bias
     * @return the last layer's result, a graph node when recording
     */
    static Tensor stack(Tensor x, Tensor[] weights, Tensor[] biases, double hiddenSlope) {
        int layers = weights.length;
        int rows = x.rows();
        int[] widths = new int[layers + 1];
        double[][] weightValues = new double[layers][];
        double[][] biasValues = new double[layers][];
        double[][] values = new double[layers][];
        widths[0] = x.cols();
        for (int i = 0; i < layers; i++) {
            checkShapes(rows, widths[i], weights[i], biases[i]);
            widths[i + 1] = weights[i].cols();
            weightValues[i] = weights[i].data;
            biasValues[i] = biases[i].data;
        }
        if (Precision.current() == Precision.FLOAT) {
            return FloatLayerStack.stack(x, weights, biases, hiddenSlope);
        }
        for (int i = 0; i < layers; i++) {
            values[i] = Kernels.ARRAYS.toOverwrite(rows * widths[i + 1]);
        }
        Kernels.BACKEND.layerStack(x.data, rows, widths, weightValues, biasValues, hiddenSlope, values);
        Tensor h = x;
        for (int i = 0; i < layers; i++) {
            boolean hidden = i < layers - 1;
            h = Tensor.node(rows, weights[i].cols(), values[i], hidden ? "affineLeakyRelu" : "affine",
                    new AffineRule(h, weights[i], hidden ? hiddenSlope : Double.NaN), h, weights[i], biases[i]);
            if (hidden) {
                h.graphOnly(); // nobody outside the graph sees a hidden layer, so a backward pass may reuse it
            }
        }
        if (!GradMode.isRecording()) {
            // No graph was built, so nothing can reach the hidden values any more.
            for (int i = 0; i < layers - 1; i++) {
                Kernels.ARRAYS.recycle(values[i]);
            }
        }
        return h;
    }

    private static void checkShapes(Tensor x, Tensor w, Tensor b) {
        checkShapes(x.rows(), x.cols(), w, b);
    }

    /** Checks {@code x w + b} for an {@code rows x cols} input {@code x}. */
    private static void checkShapes(int rows, int cols, Tensor w, Tensor b) {
        if (cols != w.rows() || b.rows() != 1 || b.cols() != w.cols()) {
            throw new IllegalArgumentException("Cannot compute x w + b for x " + rows + "x" + cols + ", w "
                    + w.shape() + ", b " + b.shape());
        }
    }

    /**
     * The gradients of {@code act(x w + b)} with respect to {@code x}, {@code w} and {@code b}:
     * {@code g w^T}, {@code x^T g} and the column sums of {@code g}, where {@code g} is the
     * upstream gradient masked by the activation (no activation when the slope is NaN).
     *
     * <p>In a plain backward pass, when both {@code x} and {@code w} need their gradient, the two
     * products run at the same time on two cores: each is computed exactly as it would be alone,
     * so the bits do not change. When the backward pass is itself recorded (a gradient penalty)
     * they are ordinary tensor operations, so the result can be differentiated again.
     */
    private record AffineRule(Tensor x, Tensor w, double slope) implements JointGradientRule {

        @Override
        public Tensor[] gradients(boolean[] wanted, Tensor upstream, Tensor result) {
            Tensor[] out = new Tensor[3];
            boolean biasWanted = wanted.length > 2 && wanted[2];
            Tensor g;
            if (Double.isNaN(slope)) {
                g = upstream;
            } else if (biasWanted && !GradMode.isRecording()) {
                // Mask the gradient and sum its columns (the bias gradient) in one pass.
                double[] masked = Kernels.ARRAYS.toOverwrite(upstream.size());
                double[] columnSums = Kernels.ARRAYS.zeroed(w.cols());
                Kernels.ELEMENTWISE.leakyReluGradientAndColumnSums(upstream.data, result.data, slope, masked,
                        w.cols(), columnSums);
                g = Tensor.node(upstream.rows(), upstream.cols(), masked, "leakyReluGradient", null);
                out[2] = Tensor.node(1, w.cols(), columnSums, "sumEachColumn", null);
            } else {
                g = upstream.leakyReluGradient(result, slope);
            }
            boolean both = wanted.length > 1 && wanted[0] && wanted[1];
            if (both && !GradMode.isRecording()) {
                int rows = x.rows();
                double[] inputGradient = Kernels.ARRAYS.toOverwrite(rows * x.cols());
                double[] weightGradient = Kernels.ARRAYS.toOverwrite(x.cols() * w.cols());
                Kernels.BACKEND.both((long) rows * x.cols() * w.cols(),
                        () -> Kernels.MATMUL.multiplyTransposeB(g.data, w.data, inputGradient, rows, w.cols(), x.cols()),
                        () -> Kernels.MATMUL.multiplyTransposeA(x.data, g.data, weightGradient, rows, x.cols(), w.cols()));
                out[0] = Tensor.node(rows, x.cols(), inputGradient, "matmulTransposeB", null);
                out[1] = Tensor.node(x.cols(), w.cols(), weightGradient, "transposeMatmul", null);
            } else {
                if (wanted[0]) {
                    out[0] = g.matmulTransposeB(w);
                }
                if (wanted.length > 1 && wanted[1]) {
                    out[1] = x.transposeMatmul(g);
                }
            }
            if (biasWanted && out[2] == null) {
                out[2] = g.sumEachColumn();
            }
            if (g != upstream) {
                Kernels.ARRAYS.giveBack(g.data); // the masked gradient was scratch
            }
            return out;
        }
    }
}
