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
        if (x.cols() != w.rows() || b.rows() != 1 || b.cols() != w.cols()) {
            throw new IllegalArgumentException("Cannot compute x w + b for x " + x.shape() + ", w " + w.shape()
                    + ", b " + b.shape());
        }
        double[] out = new double[x.rows() * w.cols()];
        Kernels.MATMUL.affine(x.data, w.data, b.data, out, x.rows(), x.cols(), w.cols());
        return Tensor.node(x.rows(), w.cols(), out, "affine", (i, g, result) -> switch (i) {
            case 0 -> g.matmulTransposeB(w);
            case 1 -> x.transposeMatmul(g);
            default -> g.sumEachColumn();
        }, x, w, b);
    }

    /**
     * {@code leakyRelu(x w + b)} in one operation, for hidden layers: one result array instead
     * of two, and the gradient is masked once and shared by the three inputs' rules.
     * A ReLU is the slope-0 case. The mask is read from the result, which is positive exactly
     * where {@code x w + b} is.
     */
    static Tensor affineLeakyRelu(Tensor x, Tensor w, Tensor b, double slope) {
        if (x.cols() != w.rows() || b.rows() != 1 || b.cols() != w.cols()) {
            throw new IllegalArgumentException("Cannot compute x w + b for x " + x.shape() + ", w " + w.shape()
                    + ", b " + b.shape());
        }
        double[] out = new double[x.rows() * w.cols()];
        Kernels.MATMUL.affine(x.data, w.data, b.data, out, x.rows(), x.cols(), w.cols());
        Kernels.ELEMENTWISE.leakyRelu(out, slope, out);
        GradientRule rule = new GradientRule() {
            // The three rules need the same masked gradient: compute it once per upstream gradient.
            private Tensor lastUpstream;
            private Tensor masked;

            @Override
            public Tensor gradient(int parent, Tensor upstream, Tensor result) {
                if (upstream != lastUpstream) {
                    masked = upstream.leakyReluGradient(result, slope);
                    lastUpstream = upstream;
                }
                Tensor g = masked;
                if (parent == 2) {
                    lastUpstream = null; // the last rule to run: let both go
                    masked = null;
                }
                return switch (parent) {
                    case 0 -> g.matmulTransposeB(w);
                    case 1 -> x.transposeMatmul(g);
                    default -> g.sumEachColumn();
                };
            }
        };
        return Tensor.node(x.rows(), w.cols(), out, "affineLeakyRelu", rule, x, w, b);
    }
}
