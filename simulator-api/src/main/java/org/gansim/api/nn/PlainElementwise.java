package org.gansim.api.nn;

/**
 * {@link ElementwiseKernel} in plain Java loops, used when the Vector API is absent.
 * Stateless; any thread.
 */
public final class PlainElementwise implements ElementwiseKernel {

    @Override
    public void leakyRelu(double[] x, int from, int to, double slope, double[] out) {
        for (int i = from; i < to; i++) {
            double v = x[i];
            out[i] = v > 0.0 ? v : slope * v;
        }
    }

    @Override
    public void leakyReluGradient(double[] g, double[] x, double slope, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] > 0.0 ? g[i] : slope * g[i];
        }
    }

    @Override
    public void leakyReluGradientAndColumnSums(double[] g, double[] x, double slope, double[] out, int cols,
                                               double[] sums) {
        for (int row = 0; row < x.length; row += cols) {
            for (int c = 0; c < cols; c++) {
                int i = row + c;
                double v = x[i] > 0.0 ? g[i] : slope * g[i];
                out[i] = v;
                sums[c] += v;
            }
        }
    }
}
