package org.gansim.api.nn;

/**
 * How one operation passes a gradient back to one of its inputs: the local chain-rule step of
 * reverse-mode differentiation.
 *
 * <p>A rule is written with {@link Tensor} operations only, so that when the backward pass is
 * itself recorded ({@code createGraph}) the gradients it produces are graph nodes that can be
 * differentiated again. When nothing is recorded the same rule runs on plain values.
 *
 * <p>Package-private: every rule is created by the operation that owns it. Rules are used by the
 * thread that runs the backward pass.
 */
@FunctionalInterface
interface GradientRule {

    /**
     * Returns the gradient of the final output with respect to input number {@code parent} of
     * this operation, given {@code upstream}, the gradient with respect to this operation's
     * result (same shape as the result).
     *
     * @param parent index of the input, in the order the operation listed its inputs
     * @param upstream gradient with respect to the result, never null
     * @param result the operation's own result (for rules such as {@code exp} whose derivative
     *               is easiest written with the result), never null
     * @return a tensor of the input's shape, never null
     */
    Tensor gradient(int parent, Tensor upstream, Tensor result);
}
