package org.gansim.api.nn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The per-parameter buffers that make up this optimizer's state, by name; a step count or flag
     * per parameter is a buffer too, of one number each. Arrays returned are the live ones.
     */
    abstract Map<String, double[][]> buffers();

    @Override
    public final Map<String, double[]> state() {
        Map<String, double[]> state = new LinkedHashMap<>();
        buffers().forEach((name, perParameter) -> {
            for (int k = 0; k < perParameter.length; k++) {
                state.put(name + "." + k, perParameter[k].clone());
            }
        });
        return state;
    }

    @Override
    public final void restoreState(Map<String, double[]> state) {
        Map<String, double[]> expected = state();
        if (!expected.keySet().equals(state.keySet())) {
            throw new IllegalArgumentException("The saved optimizer state has " + String.join(", ", state.keySet())
                    + " where " + getClass().getSimpleName() + " keeps " + String.join(", ", expected.keySet()));
        }
        for (Map.Entry<String, double[]> e : expected.entrySet()) {
            if (state.get(e.getKey()).length != e.getValue().length) {
                throw new IllegalArgumentException("The saved optimizer state " + e.getKey() + " has "
                        + state.get(e.getKey()).length + " numbers where " + e.getValue().length + " are needed");
            }
        }
        buffers().forEach((name, perParameter) -> {
            for (int k = 0; k < perParameter.length; k++) {
                System.arraycopy(state.get(name + "." + k), 0, perParameter[k], 0, perParameter[k].length);
            }
        });
        afterRestore();
    }

    /** Name, buffers, name, buffers, ... kept in that order, so a saved state lists them the same way each time. */
    static Map<String, double[][]> ordered(Object... namesAndBuffers) {
        Map<String, double[][]> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndBuffers.length; i += 2) {
            map.put((String) namesAndBuffers[i], (double[][]) namesAndBuffers[i + 1]);
        }
        return map;
    }

    /** Lets a subclass rebuild what it keeps outside {@link #buffers()} from them. */
    void afterRestore() {
    }
}
