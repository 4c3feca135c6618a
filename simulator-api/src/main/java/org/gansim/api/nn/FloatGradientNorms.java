package org.gansim.api.nn;

import java.util.Arrays;

/**
 * {@link Mlp#inputGradientNorms} in 32-bit floats, for a stack of leaky-ReLU (or ReLU) layers with
 * one linear output: the norm of each row's input gradient, and the gradient of those norms by
 * the weights, in closed form instead of through a recorded backward pass.
 *
 * <p>Why a closed form exists: between its kinks a leaky-ReLU network is linear in its input, so
 * the input gradient of row {@code i} is a product of the weights and of that row's fixed slopes
 * (1 or the leak): {@code g = d_1 w_1^T}, with {@code d_l = (d_{l+1} w_{l+1}^T) * m_l} from {@code
 * d_L = 1} at the output, {@code m_l} the slopes of layer {@code l}. The slopes do not move when the
 * weights move a little, so the norms' gradient by {@code w_l} is {@code r_{l-1}^T d_l}, where {@code
 * r} runs forward: {@code r_0 = u}, the norms' own gradient by {@code g} (the upstream times {@code
 * g / |g|}), and {@code r_l = (r_{l-1} w_l) * m_l}. The biases only move the kinks, so the norms'
 * gradient by them is zero. Every step is a matrix product of the sizes of a plain backward pass:
 * no graph is recorded and nothing is computed again in doubles.
 *
 * <p>{@code MlpInputGradientNormsTest} checks the norms and their gradient against the recorded
 * double-precision route. Package-private; any thread, for tensors that belong to it.
 */
final class FloatGradientNorms {

    private FloatGradientNorms() {
    }

    /**
     * The norms {@code sqrt(|grad_x f(x_i)|^2 + tiny)}, one row each, as a node whose inputs are the
     * weights (the biases' gradient is zero, and the input's is not offered).
     */
    static Tensor norms(Tensor x, Tensor[] weights, Tensor[] biases, double hiddenSlope, double tiny) {
        int layers = weights.length;
        int rows = x.rows();
        float slope = (float) hiddenSlope;
        float[][] w = new float[layers][];
        int[] widths = new int[layers + 1];
        widths[0] = x.cols();
        for (int l = 0; l < layers; l++) {
            w[l] = FloatArrays.rounded(weights[l].data);
            widths[l + 1] = weights[l].cols();
        }
        // The forward pass, for the slopes of the hidden layers.
        float[][] hidden = new float[layers - 1][];
        float[] input = FloatArrays.rounded(x.data);
        float[] in = input;
        for (int l = 0; l < layers - 1; l++) {
            float[] b = FloatArrays.rounded(biases[l].data);
            hidden[l] = FloatArrays.toOverwrite(rows * widths[l + 1]);
            Kernels.FLOATS.product(in, widths[l], 1, w[l], b, hidden[l], widths[l], widths[l + 1], 0, rows);
            Kernels.FLOATS.leakyRelu(hidden[l], 0, hidden[l].length, slope);
            FloatArrays.giveBack(b);
            in = hidden[l];
        }
        FloatArrays.giveBack(input);
        // d_l, from the output down: d_{L-1} = 1, then d_{l} = (d_{l+1} w_{l+1}^T) * m_l.
        float[][] d = new float[layers][];
        d[layers - 1] = FloatArrays.toOverwrite(rows);
        Arrays.fill(d[layers - 1], 1f);
        float[] unused = new float[maxWidth(widths)];
        for (int l = layers - 1; l > 0; l--) {
            float[] g = times(d[l], w[l], widths[l], widths[l + 1], rows);
            d[l - 1] = FloatArrays.toOverwrite(g.length);
            Kernels.FLOATS.leakyReluGradientAndColumnSums(g, hidden[l - 1], slope, d[l - 1], widths[l], unused);
            FloatArrays.giveBack(g);
        }
        float[] inputGradient = times(d[0], w[0], widths[0], widths[1], rows);
        int k = widths[0];
        double[] norms = new double[rows];
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double v = inputGradient[i * k + j];
                sum += v * v;
            }
            norms[i] = Math.sqrt(sum + tiny);
        }
        return Tensor.node(rows, 1, norms, "floatInputGradientNorms",
                new NormsRule(w, widths, hidden, d, inputGradient, norms, slope), weights);
    }

    /** {@code d w^T}: {@code d} is {@code rows x n}, {@code w} is {@code k x n}, the result {@code rows x k}. */
    private static float[] times(float[] d, float[] w, int k, int n, int rows) {
        float[] transposed = FloatArrays.transposed(w, k, n);
        float[] out = FloatArrays.toOverwrite(rows * k);
        Kernels.FLOATS.product(d, n, 1, transposed, null, out, n, k, 0, rows);
        FloatArrays.giveBack(transposed);
        return out;
    }

    private static int maxWidth(int[] widths) {
        int max = 0;
        for (int width : widths) {
            max = Math.max(max, width);
        }
        return max;
    }

    private static boolean anyWanted(boolean[] wanted) {
        for (boolean w : wanted) {
            if (w) {
                return true;
            }
        }
        return false;
    }

    /** The gradient of the norms by each weight matrix, from the float values of the forward pass. */
    private static final class NormsRule implements JointGradientRule {

        private final float[][] w;
        private final int[] widths;
        private final float[][] hidden;
        private final float[][] d;
        private final float[] inputGradient;
        private final double[] norms;
        private final float slope;
        /** Set by the backward pass, which hands the float values back to the pool. */
        private boolean usedUp;

        NormsRule(float[][] w, int[] widths, float[][] hidden, float[][] d, float[] inputGradient, double[] norms,
                  float slope) {
            this.w = w;
            this.widths = widths;
            this.hidden = hidden;
            this.d = d;
            this.inputGradient = inputGradient;
            this.norms = norms;
            this.slope = slope;
        }

        @Override
        public Tensor[] gradients(boolean[] wanted, Tensor upstream, Tensor result) {
            if (!anyWanted(wanted)) {
                // Nothing of the critic is asked for: keep the values for a pass that will want them.
                return new Tensor[wanted.length];
            }
            if (GradMode.isRecording()) {
                throw new UnsupportedOperationException("The float input-gradient norms are differentiated once"
                        + " only; train in double precision for a gradient of their gradient");
            }
            if (usedUp) {
                throw new IllegalStateException("These input-gradient norms have already been through a backward"
                        + " pass, which recycled their float values; compute them again for each backward pass");
            }
            usedUp = true;
            int layers = w.length;
            int rows = norms.length;
            int k = widths[0];
            // r_0 = u: the upstream times g / |g|, row by row.
            float[] r = new float[rows * k];
            for (int i = 0; i < rows; i++) {
                double scale = upstream.data[i] / norms[i];
                for (int j = 0; j < k; j++) {
                    r[i * k + j] = (float) (scale * inputGradient[i * k + j]);
                }
            }
            Tensor[] out = new Tensor[layers];
            float[] unused = new float[maxWidth(widths)];
            for (int l = 0; l < layers; l++) {
                int in = widths[l];
                int n = widths[l + 1];
                if (wanted[l]) {
                    // r^T d: r read down its columns
                    float[] gradient = FloatArrays.toOverwrite(in * n);
                    Kernels.FLOATS.product(r, 1, in, d[l], null, gradient, rows, n, 0, in);
                    double[] doubles = Kernels.ARRAYS.toOverwrite(gradient.length);
                    Kernels.FLOATS.widen(gradient, doubles);
                    FloatArrays.giveBack(gradient);
                    out[l] = Tensor.node(in, n, doubles, "floatInputGradientNormsWeightGradient", null);
                }
                if (l < layers - 1) {
                    float[] next = FloatArrays.toOverwrite(rows * n);
                    Kernels.FLOATS.product(r, in, 1, w[l], null, next, in, n, 0, rows);
                    float[] masked = FloatArrays.toOverwrite(next.length);
                    Kernels.FLOATS.leakyReluGradientAndColumnSums(next, hidden[l], slope, masked, n, unused);
                    FloatArrays.giveBack(next, r);
                    r = masked;
                }
            }
            FloatArrays.giveBack(r, inputGradient);
            FloatArrays.giveBack(w);
            FloatArrays.giveBack(hidden);
            FloatArrays.giveBack(d);
            return out;
        }
    }
}
