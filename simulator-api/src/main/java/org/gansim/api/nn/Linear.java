package org.gansim.api.nn;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A fully connected layer, {@code y = x W + b}: each of the {@code out} outputs is a weighted sum
 * of the {@code in} inputs plus a bias.
 *
 * <p>The weight is an {@code in x out} parameter and the bias a {@code 1 x out} parameter added to
 * every row of the batch. Used by the thread that trains it.
 *
 * @since 1
 */
public final class Linear implements Module {

    private final Tensor weight;
    private final Tensor bias;

    /**
     * A layer with weights drawn by {@code init} and zero biases.
     *
     * @param in number of inputs, at least 1
     * @param out number of outputs, at least 1
     * @param init draws the weights, not null
     * @param rng randomness for {@code init}, not null
     */
    public Linear(int in, int out, Initializer init, RandomGenerator rng) {
        this(Tensor.parameter(in, out, drawWeights(in, out, init, rng)), Tensor.parameter(1, out, new double[out]));
    }

    private Linear(Tensor weight, Tensor bias) {
        this.weight = weight;
        this.bias = bias;
    }

    private static double[] drawWeights(int in, int out, Initializer init, RandomGenerator rng) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("A layer needs at least one input and one output, got "
                    + in + " -> " + out);
        }
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(rng, "rng");
        double[] w = init.weights(in, out, rng);
        if (w == null || w.length != in * out) {
            throw new IllegalStateException("The initializer returned " + (w == null ? "null" : w.length
                    + " weights") + " for a " + in + "x" + out + " layer");
        }
        return w;
    }

    /** A layer with copies of the given values (used by copies of networks). */
    static Linear withValues(int in, int out, double[] weights, double[] biases) {
        return new Linear(Tensor.parameter(in, out, weights), Tensor.parameter(1, out, biases));
    }

    /** Number of inputs. */
    public int inputs() {
        return weight.rows();
    }

    /** Number of outputs. */
    public int outputs() {
        return weight.cols();
    }

    /** The {@code in x out} weight parameter (live: optimizers change it in place). */
    public Tensor weight() {
        return weight;
    }

    /** The {@code 1 x out} bias parameter (live). */
    public Tensor bias() {
        return bias;
    }

    @Override
    public Tensor forward(Tensor input) {
        return forward(input, Activation.IDENTITY);
    }

    /**
     * {@code activation.apply(forward(input))}, done as one operation when the activation is a
     * (leaky) ReLU, which saves a pass over the batch and an array.
     */
    Tensor forward(Tensor input, Activation activation) {
        Objects.requireNonNull(input, "input");
        if (input.cols() != inputs()) {
            throw new IllegalArgumentException("This layer takes " + inputs() + " inputs per row, got a "
                    + input.shape() + " batch");
        }
        return switch (activation) {
            case RELU -> LayerOps.affineLeakyRelu(input, weight, bias, 0.0);
            case LEAKY_RELU -> LayerOps.affineLeakyRelu(input, weight, bias, Activation.LEAKY_SLOPE);
            default -> activation.apply(LayerOps.affine(input, weight, bias));
        };
    }

    @Override
    public List<Tensor> parameters() {
        return List.of(weight, bias);
    }

    /** A deep copy with the same values and no gradients. */
    Linear copy() {
        return withValues(inputs(), outputs(), weight.data, bias.data);
    }
}
