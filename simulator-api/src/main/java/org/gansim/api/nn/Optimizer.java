package org.gansim.api.nn;

import java.util.List;
import java.util.Map;

/**
 * Updates parameters from their gradients, one step at a time.
 *
 * <p>Life cycle of one training step: {@link #zeroGrad()}, compute a loss, {@link
 * Tensor#backward()}, {@link #step()}. Each optimizer owns its state (momentum, running
 * averages), so a generator and a discriminator each need their own. Hyper-parameters may be
 * changed between steps; the state is kept. An optimizer belongs to the training thread.
 *
 * @since 1
 */
public interface Optimizer {

    /**
     * Updates every parameter in place from its {@link Tensor#grad()}; parameters without a
     * gradient are left alone.
     */
    void step();

    /** Clears the gradient of every parameter. */
    void zeroGrad();

    /** The current learning rate. */
    double learningRate();

    /**
     * Changes the learning rate from the next step on.
     *
     * @param learningRate at least 0
     */
    void setLearningRate(double learningRate);

    /** The parameters this optimizer updates, in order. */
    List<Tensor> parameters();

    /**
     * What the optimizer has accumulated (running means, momentum, step counts), as named arrays of
     * numbers; the hyper-parameters are not part of it.
     *
     * <p>Added in API 2 so a saved experiment continues exactly where it stopped: the weights alone
     * would restart Adam's moments from zero and change every following step. The default keeps no
     * state, which is right for an optimizer without any.
     *
     * @since 2
     */
    default Map<String, double[]> state() {
        return Map.of();
    }

    /**
     * Restores what {@link #state()} returned, so the next {@link #step()} is the one that would have
     * followed.
     *
     * @throws IllegalArgumentException one sentence when the names or sizes are not this optimizer's
     * @since 2
     */
    default void restoreState(Map<String, double[]> state) {
        if (!state.isEmpty()) {
            throw new IllegalArgumentException("This optimizer keeps no state, but the saved one has "
                    + String.join(", ", state.keySet()));
        }
    }
}
