package org.gansim.api.nn;

import java.util.List;

/**
 * Updates parameters from their gradients, one step at a time.
 *
 * <p>Life cycle of one training step: {@link #zeroGrad()}, compute a loss, {@link
 * Tensor#backward()}, {@link #step()}. Each optimizer owns its state (momentum, running
 * averages), so a generator and a discriminator each need their own. Hyper-parameters may be
 * changed between steps; the state is kept. An optimizer belongs to the training thread.
 *
 * @since 0.1
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
}
