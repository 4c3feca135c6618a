package org.gansim.api.nn;

import java.util.List;
import java.util.Map;

/**
 * Adam, with PyTorch's semantics and bias correction. For step {@code t} and gradient {@code g}:
 * <pre>
 * m = beta1 * m + (1 - beta1) * g
 * v = beta2 * v + (1 - beta2) * g * g
 * p -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + epsilon)
 * </pre>
 *
 * <p>Belongs to the training thread.
 *
 * @since 1
 */
public final class Adam extends OptimizerBase {

    private double beta1;
    private double beta2;
    private double epsilon;
    private final double[][] firstMoment;
    private final double[][] secondMoment;
    /** Steps taken per parameter, one number each so it saves with the moments (exact below 2^53). */
    private final double[][] steps;

    /** Adam with PyTorch's defaults: betas 0.9 and 0.999, epsilon 1e-8. */
    public Adam(List<Tensor> parameters, double learningRate) {
        this(parameters, learningRate, 0.9, 0.999, 1e-8);
    }

    /**
     * @param parameters the parameters to update, not null
     * @param learningRate at least 0
     * @param beta1 decay of the running mean of gradients, in [0, 1)
     * @param beta2 decay of the running mean of squared gradients, in [0, 1)
     * @param epsilon added to the denominator, at least 0
     */
    public Adam(List<Tensor> parameters, double learningRate, double beta1, double beta2, double epsilon) {
        super(parameters, learningRate);
        setBetas(beta1, beta2);
        setEpsilon(epsilon);
        firstMoment = zeroState();
        secondMoment = zeroState();
        steps = new double[firstMoment.length][1];
    }

    /** The decay of the running mean of gradients. */
    public double beta1() {
        return beta1;
    }

    /** The decay of the running mean of squared gradients. */
    public double beta2() {
        return beta2;
    }

    /** The term added to the denominator. */
    public double epsilon() {
        return epsilon;
    }

    /** Changes both betas from the next step on; the running means and step counts are kept. */
    public void setBetas(double beta1, double beta2) {
        this.beta1 = checkFraction("beta1", beta1);
        this.beta2 = checkFraction("beta2", beta2);
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
            double t = ++steps[k][0];
            double stepSize = lr / (1.0 - Math.pow(beta1, t));
            double correction2 = Math.sqrt(1.0 - Math.pow(beta2, t));
            double[] values = p.data;
            double[] g = p.grad().data;
            double[] m = firstMoment[k];
            double[] v = secondMoment[k];
            for (int i = 0; i < values.length; i++) {
                m[i] = beta1 * m[i] + (1.0 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1.0 - beta2) * g[i] * g[i];
                values[i] -= stepSize * m[i] / (Math.sqrt(v[i]) / correction2 + epsilon);
            }
        }
    }

    @Override
    Map<String, double[][]> buffers() {
        return ordered("m", firstMoment, "v", secondMoment, "t", steps);
    }
}
