package org.gansim.api.nn;

/**
 * {@link ElementwiseKernel} in plain Java loops, used when the Vector API is absent.
 * Stateless; any thread.
 */
final class PlainElementwise implements ElementwiseKernel {

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
}
