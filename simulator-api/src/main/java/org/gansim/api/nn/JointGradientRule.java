package org.gansim.api.nn;

/**
 * A gradient rule that hands back the gradients of several inputs in one go, for operations
 * whose inputs' gradients share work or can be computed side by side. A layer {@code x w + b} is
 * the case in point: its input and weight gradients are two matrix products that do not depend
 * on each other, so the backward pass can run them on two cores at once.
 *
 * <p>{@link Backprop} calls {@link #gradients} once per node instead of {@link #gradient} once
 * per input. Package-private, like every rule.
 */
interface JointGradientRule extends GradientRule {

    /**
     * Returns the gradients with respect to the inputs marked in {@code wanted} (null for the
     * others), given {@code upstream}, the gradient with respect to the result.
     *
     * @param wanted one flag per input, in the order the operation listed its inputs
     */
    Tensor[] gradients(boolean[] wanted, Tensor upstream, Tensor result);

    @Override
    default Tensor gradient(int parent, Tensor upstream, Tensor result) {
        boolean[] wanted = new boolean[parent + 1];
        wanted[parent] = true;
        return gradients(wanted, upstream, result)[parent];
    }
}
