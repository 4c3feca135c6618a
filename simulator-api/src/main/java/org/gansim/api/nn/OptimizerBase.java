package org.gansim.api.nn;

import java.util.List;
import java.util.Objects;

/**
 * What every optimizer shares: its parameter list, learning rate and argument checks.
 * Package-private: plugin authors implement {@link Optimizer} directly.
 */
abstract class OptimizerBase implements Optimizer {

    private final List<Tensor> parameters;
    private double learningRate;

    OptimizerBase(List<Tensor> parameters, double learningRate) {
        Objects.requireNonNull(parameters, "parameters");
        for (Tensor p : parameters) {
            Objects.requireNonNull(p, "parameter");
            if (!p.requiresGrad() || p.parents().length != 0) {
                throw new IllegalArgumentException("Only parameters (Tensor.parameter) can be optimized, got " + p);
            }
        }
        this.parameters = List.copyOf(parameters);
        setLearningRate(learningRate);
    }

    @Override
    public final void zeroGrad() {
        for (Tensor p : parameters) {
            p.zeroGrad();
        }
    }

    @Override
    public final double learningRate() {
        return learningRate;
    }

    @Override
    public final void setLearningRate(double learningRate) {
        this.learningRate = checkNonNegative("learning rate", learningRate);
    }

    @Override
    public final List<Tensor> parameters() {
        return parameters;
    }

    /** One state array per parameter, of the parameter's size, all zero. */
    final double[][] zeroState() {
        double[][] state = new double[parameters.size()][];
        for (int i = 0; i < state.length; i++) {
            state[i] = new double[parameters.get(i).size()];
        }
        return state;
    }

    static double checkNonNegative(String name, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("The " + name + " must be finite and >= 0, got " + value);
        }
        return value;
    }

    static double checkFraction(String name, double value) {
        if (!(value >= 0.0 && value < 1.0)) {
            throw new IllegalArgumentException("The " + name + " must be in [0, 1), got " + value);
        }
        return value;
    }
}
