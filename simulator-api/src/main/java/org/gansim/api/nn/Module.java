package org.gansim.api.nn;

import java.util.List;

/**
 * A differentiable function with trainable parameters: a layer or a whole network.
 *
 * <p>Modules are used by the thread that trains them; see {@link Mlp#freeze()} for a copy other
 * threads may use.
 *
 * @since 1
 */
public interface Module {

    /**
     * Applies the module to a batch, one example per row.
     *
     * @param input a {@code batch x inputs} tensor, not null
     * @return a {@code batch x outputs} tensor that is part of the autodiff graph
     */
    Tensor forward(Tensor input);

    /** The trainable tensors, in a fixed order (the order optimizers and flat copies use). */
    List<Tensor> parameters();
}
