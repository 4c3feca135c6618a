package org.gansim.api.nn;

import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent with optional momentum, as in PyTorch's {@code SGD} (no dampening,
 * no Nesterov): {@code v = momentum * v + g} (v starts as the first gradient), then
 * {@code p -= lr * v}. With momentum 0 this is {@code p -= lr * g}.
 *
 * <p>Belongs to the training thread.
 *
 * @since 1
 */
public final class Sgd extends OptimizerBase {

    private double momentum;
    private final double[][] velocity;
    /** Per parameter, 1 once its velocity holds a gradient (a buffer so it saves with the velocity). */
    private final double[][] started;

    /**
     * @param parameters the parameters to update, not null
     * @param learningRate at least 0
     * @param momentum in [0, 1)
     */
    public Sgd(List<Tensor> parameters, double learningRate, double momentum) {
        super(parameters, learningRate);
        setMomentum(momentum);
        velocity = zeroState();
        started = new double[velocity.length][1];
    }

    /** The momentum factor. */
    public double momentum() {
        return momentum;
    }

    /** Changes the momentum factor from the next step on (the velocity is kept). */
    public void setMomentum(double momentum) {
        this.momentum = checkFraction("momentum", momentum);
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
            double[] v = velocity[k];
            for (int i = 0; i < values.length; i++) {
                v[i] = started[k][0] != 0 ? momentum * v[i] + g[i] : g[i];
                values[i] -= lr * v[i];
            }
            started[k][0] = 1;
        }
    }

    @Override
    Map<String, double[][]> buffers() {
        return ordered("velocity", velocity, "started", started);
    }
}
