package org.gansim.api.nn;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Gradients on demand, without touching the {@link Tensor#grad()} of any leaf.
 *
 * <p>This is what penalties on gradients need. WGAN-GP, for example, asks for the critic's
 * gradient with respect to its input points, builds {@code (||grad|| - 1)^2} from it, and then
 * differentiates that with respect to the critic's weights:
 *
 * <pre>{@code
 * Tensor points = Tensor.of(n, 2, interpolated);            // a plain leaf is fine
 * Tensor scores = critic.forward(points).sum();
 * Tensor g = Autograd.grad(scores, List.of(points), true).get(0);
 * Tensor norms = g.square().sumEachRow().add(1e-12).sqrt();
 * Tensor penalty = norms.add(-1.0).square().mean();
 * penalty.mul(10.0).backward();                              // reaches the critic's weights
 * }</pre>
 *
 * <p>Any thread, for graphs that belong to that thread.
 *
 * @since 1
 */
public final class Autograd {

    private Autograd() {
    }

    /**
     * The gradient of {@code output} with respect to each of {@code inputs}.
     *
     * @param output a 1x1 tensor, not null
     * @param inputs tensors that {@code output} was computed from: parameters, plain leaves such
     *               as {@link Tensor#of} points, or intermediate results; not null
     * @param createGraph true to record the backward pass, so that the returned gradients are
     *                    graph nodes that can be differentiated again; false for plain values
     * @return one gradient per input, each of that input's shape; zeros for an input that
     *         {@code output} does not depend on
     * @throws IllegalStateException if {@code output} is not 1x1
     */
    public static List<Tensor> grad(Tensor output, List<Tensor> inputs, boolean createGraph) {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(inputs, "inputs");
        for (Tensor input : inputs) {
            Objects.requireNonNull(input, "input");
        }
        return List.copyOf(Backprop.gradients(output, inputs, createGraph));
    }

    /**
     * Runs {@code work} without building a graph: the tensors it computes are plain constants,
     * as if each were {@linkplain Tensor#detach() detached}, and no memory is kept for a backward
     * pass (PyTorch's {@code no_grad}). For values no gradient will flow through, such as the
     * fake batch of a discriminator step:
     *
     * <pre>{@code
     * Tensor fake = Autograd.withoutGraph(() -> generator.forward(noise));
     * }</pre>
     *
     * @param work the computation, not null
     * @return what {@code work} returns
     */
    public static <T> T withoutGraph(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return GradMode.withoutRecording(work);
    }
}
