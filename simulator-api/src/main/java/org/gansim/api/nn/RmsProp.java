package org.gansim.api.nn;

import java.util.List;
import java.util.Map;

/**
 * RMSprop, with PyTorch's semantics (no momentum, not centred):
 * {@code s = alpha * s + (1 - alpha) * g * g}, then {@code p -= lr * g / (sqrt(s) + epsilon)}.
 * The original WGAN trained with it.
 *
 * <p>Belongs to the training thread.
 *
 * @since 1
 */
public final class RmsProp extends OptimizerBase {

    private double alpha;
    private double epsilon;
    private final double[][] meanSquare;

    /** RMSprop with PyTorch's defaults: alpha 0.99, epsilon 1e-8. */
    public RmsProp(List<Tensor> parameters, double learningRate) {
        this(parameters, learningRate, 0.99, 1e-8);
    }

    /**
     * @param parameters the parameters to update, not null
     * @param learningRate at least 0
     * @param alpha decay of the running mean of squared gradients, in [0, 1)
     * @param epsilon added to the denominator, at least 0
     */
    public RmsProp(List<Tensor> parameters, double learningRate, double alpha, double epsilon) {
        super(parameters, learningRate);
        setAlpha(alpha);
        setEpsilon(epsilon);
        meanSquare = zeroState();
    }

    /** The decay of the running mean of squared gradients. */
    public double alpha() {
        return alpha;
    }

    /** The term added to the denominator. */
    public double epsilon() {
        return epsilon;
    }

    /** Changes alpha from the next step on; the running mean is kept. */
    public void setAlpha(double alpha) {
        this.alpha = checkFraction("alpha", alpha);
    }

    /** Changes epsilon from the next step on. */
    public void setEpsilon(double epsilon) {
        this.epsilon = checkNonNegative("epsilon", epsilon);
    }

    @Override
    public void step() {
        double lr = learningRate();
        List<Tensor> parameters = parameters();
        for (int k = 0; k < parameters.size(); k++) {
            Tensor p = parameters.get(k);
            if (p.grad() == null) {
                continue;
            }
            double[] values = p.data;
            double[] g = p.grad().data;
            double[] s = meanSquare[k];
            for (int i = 0; i < values.length; i++) {
                s[i] = alpha * s[i] + (1.0 - alpha) * g[i] * g[i];
                values[i] -= lr * g[i] / (Math.sqrt(s[i]) + epsilon);
            }
        }
    }

    @Override
    Map<String, double[][]> buffers() {
        return ordered("square", meanSquare);
    }
}
