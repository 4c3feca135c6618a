package org.gansim.api.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A multi-layer perceptron: {@link Linear} layers with an activation after each hidden layer and
 * a separate activation after the output layer. GanSim's generators and discriminators are MLPs.
 *
 * <pre>{@code
 * Mlp discriminator = Mlp.builder(2)
 *         .hidden(64, 64)
 *         .activation(Activation.LEAKY_RELU)
 *         .output(1, Activation.IDENTITY)        // a logit
 *         .init(Init.he())
 *         .build(rng);
 * }</pre>
 *
 * <p>A live MLP belongs to the training thread. {@link #freeze()} makes an immutable copy for
 * other threads (the views).
 *
 * @since 1
 */
public final class Mlp implements Module {

    private final List<Linear> layers;
    private final Activation activation;
    private final Activation outputActivation;

    Mlp(List<Linear> layers, Activation activation, Activation outputActivation) {
        this.layers = List.copyOf(layers);
        this.activation = activation;
        this.outputActivation = outputActivation;
    }

    /**
     * Starts describing a network with {@code inputs} inputs per example.
     *
     * @param inputs at least 1
     */
    public static Builder builder(int inputs) {
        return new Builder(inputs);
    }

    /** Number of inputs per example. */
    public int inputs() {
        return layers.get(0).inputs();
    }

    /** Number of outputs per example. */
    public int outputs() {
        return layers.get(layers.size() - 1).outputs();
    }

    /** The layers, input side first (live: their parameters are this network's). */
    public List<Linear> layers() {
        return layers;
    }

    /** The activation after each hidden layer. */
    public Activation activation() {
        return activation;
    }

    /** The activation after the output layer. */
    public Activation outputActivation() {
        return outputActivation;
    }

    /** Total number of weights and biases. */
    public int parameterCount() {
        int count = 0;
        for (Tensor p : parameters()) {
            count += p.size();
        }
        return count;
    }

    /**
     * The network's output for a batch, part of the autodiff graph. A plain backward pass through
     * it uses up its hidden layers (see {@link Tensor#backward()}); a pass that records its
     * gradients ({@code createGraph}) keeps them.
     */
    @Override
    public Tensor forward(Tensor input) {
        if (piecewiseLinear()) {
            // The common case, computed as one stack so that two threads can share it.
            Objects.requireNonNull(input, "input");
            if (input.cols() != inputs()) {
                throw new IllegalArgumentException("This network takes " + inputs() + " inputs per row, got a "
                        + input.shape() + " batch");
            }
            return outputActivation.apply(LayerOps.stack(input, weights(), biases(), hiddenSlope()));
        }
        Tensor x = input;
        int last = layers.size() - 1;
        for (int i = 0; i <= last; i++) {
            x = layers.get(i).forward(x, i < last ? activation : outputActivation);
            if (i < last) {
                // The same rule as the stack above, for every activation: nobody outside the graph
                // sees a hidden layer, so a plain backward pass uses it up.
                x.graphOnly();
            }
        }
        return x;
    }

    /**
     * The norm of each row's gradient of this network's single output by its input, {@code
     * sqrt(|grad_x f(x_i)|^2 + tiny)}, as a graph node that the weights can be differentiated
     * through: what a gradient penalty (WGAN-GP) keeps near 1. {@code tiny} keeps the square root
     * differentiable where a gradient is zero.
     *
     * <p>In {@link Precision#FLOAT}, for (leaky) ReLU hidden layers and a linear output, the norms
     * and their gradient come in closed form, in floats ({@code FloatGradientNorms}); the input's
     * gradient is then not offered, and the biases', zero between the kinks, is left out. Otherwise
     * they are taken through a recorded backward pass, in doubles, as {@link Autograd#grad} with
     * {@code createGraph} gives them, and every input that requires gradients gets its own.
     *
     * @param input a batch of rows of {@link #inputs()} columns
     * @return one norm per row, one column
     * @throws IllegalStateException when the network has more than one output
     * @since 2
     */
    public Tensor inputGradientNorms(Tensor input, double tiny) {
        Objects.requireNonNull(input, "input");
        if (outputs() != 1) {
            throw new IllegalStateException("Input-gradient norms need a network with one output, this one has "
                    + outputs());
        }
        if (Precision.current() == Precision.FLOAT && piecewiseLinear() && outputActivation == Activation.IDENTITY
                && input.cols() == inputs() && GradMode.isRecording()) {
            return FloatGradientNorms.norms(input, weights(), biases(), hiddenSlope(), tiny);
        }
        // Each output depends only on its own row, so the gradient of their sum holds every row's own.
        Tensor gradients = Autograd.grad(forward(input).sum(), List.of(input), true).get(0);
        return gradients.square().sumEachRow().add(tiny).sqrt();
    }

    /** Whether the hidden layers are (leaky) ReLUs, which the fused layer stack computes. */
    private boolean piecewiseLinear() {
        return activation == Activation.RELU || activation == Activation.LEAKY_RELU;
    }

    /** The negative slope of the hidden (leaky) ReLUs: 0 for a ReLU. */
    private double hiddenSlope() {
        return activation == Activation.RELU ? 0.0 : Activation.LEAKY_SLOPE;
    }

    /** Each layer's live weight, input side first. */
    private Tensor[] weights() {
        Tensor[] weights = new Tensor[layers.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = layers.get(i).weight();
        }
        return weights;
    }

    /** Each layer's live bias, input side first. */
    private Tensor[] biases() {
        Tensor[] biases = new Tensor[layers.size()];
        for (int i = 0; i < biases.length; i++) {
            biases[i] = layers.get(i).bias();
        }
        return biases;
    }

    /** Weight then bias of each layer, input side first. */
    @Override
    public List<Tensor> parameters() {
        List<Tensor> parameters = new ArrayList<>(2 * layers.size());
        for (Linear layer : layers) {
            parameters.add(layer.weight());
            parameters.add(layer.bias());
        }
        return parameters;
    }

    /** A deep, independent copy with the same values (and no gradients). */
    public Mlp copy() {
        List<Linear> copies = new ArrayList<>(layers.size());
        for (Linear layer : layers) {
            copies.add(layer.copy());
        }
        return new Mlp(copies, activation, outputActivation);
    }

    /** An immutable snapshot of the current values, safe to use from any thread. */
    public FrozenMlp freeze() {
        return new FrozenMlp(this);
    }

    /**
     * Clamps every weight and bias to {@code [-c, c]} in place (the original WGAN's way of keeping
     * the critic Lipschitz).
     *
     * @param c the bound, at least 0
     */
    public void clipWeights(double c) {
        if (!(c >= 0.0)) {
            throw new IllegalArgumentException("The clip bound must be >= 0, got " + c);
        }
        for (Tensor p : parameters()) {
            double[] values = p.data;
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.max(-c, Math.min(c, values[i]));
            }
        }
    }

    /**
     * Moves every weight and bias a fraction of the way towards another network's of the same shape:
     * {@code w -= fraction * (w - target)}, in place. With {@code fraction = 1 - beta} this is one
     * update of an exponential moving average, {@code w = beta * w + (1 - beta) * target}.
     *
     * @param target a network with this one's layer sizes
     * @param fraction how far to move, in [0, 1]
     * @throws IllegalArgumentException when the shapes differ or the fraction is outside [0, 1]
     */
    public void moveTowards(Mlp target, double fraction) {
        if (!(fraction >= 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("The fraction to move must be in [0, 1], got " + fraction);
        }
        List<Tensor> mine = parameters();
        List<Tensor> theirs = target.parameters();
        if (!sameShapes(mine, theirs)) {
            throw new IllegalArgumentException("Cannot move " + this + " towards " + target + ": the layer sizes differ");
        }
        for (int k = 0; k < mine.size(); k++) {
            double[] values = mine.get(k).data;
            double[] goal = theirs.get(k).data;
            for (int i = 0; i < values.length; i++) {
                values[i] -= fraction * (values[i] - goal[i]);
            }
        }
    }

    private static boolean sameShapes(List<Tensor> a, List<Tensor> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (a.get(k).rows() != b.get(k).rows() || a.get(k).cols() != b.get(k).cols()) {
                return false;
            }
        }
        return true;
    }

    /** A copy of every parameter value in {@link #parameters()} order, one after the other. */
    public double[] flatParameters() {
        double[] flat = new double[parameterCount()];
        int offset = 0;
        for (Tensor p : parameters()) {
            System.arraycopy(p.data, 0, flat, offset, p.size());
            offset += p.size();
        }
        return flat;
    }

    /**
     * Sets every parameter value from {@code flat}, in {@link #parameters()} order, the inverse of
     * {@link #flatParameters()}. Added in API 2 to restore the networks of a saved experiment.
     *
     * @throws IllegalArgumentException when {@code flat} does not hold {@link #parameterCount()} numbers
     * @since 2
     */
    public void loadParameters(double[] flat) {
        if (flat.length != parameterCount()) {
            throw new IllegalArgumentException("The network has " + parameterCount() + " weights and biases, the"
                    + " saved values are " + flat.length);
        }
        int offset = 0;
        for (Tensor p : parameters()) {
            System.arraycopy(flat, offset, p.data, 0, p.size());
            offset += p.size();
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Mlp ").append(inputs());
        for (Linear layer : layers) {
            text.append(" -> ").append(layer.outputs());
        }
        return text.append(" (").append(activation).append(", output ").append(outputActivation)
                .append(')').toString();
    }

    /**
     * Describes an {@link Mlp}. Defaults: no hidden layers, {@link Activation#RELU} hidden
     * activation, {@link Init#he()} weights; the output layer must be given.
     * Not thread-safe; use it on one thread and throw it away.
     */
    public static final class Builder {

        private final int inputs;
        private int[] hidden = new int[0];
        private Activation activation = Activation.RELU;
        private int outputs;
        private Activation outputActivation;
        private Initializer init = Init.he();

        private Builder(int inputs) {
            if (inputs < 1) {
                throw new IllegalArgumentException("An MLP needs at least one input, got " + inputs);
            }
            this.inputs = inputs;
        }

        /** The widths of the hidden layers, input side first (none for a single layer). */
        public Builder hidden(int... widths) {
            Objects.requireNonNull(widths, "widths");
            for (int width : widths) {
                if (width < 1) {
                    throw new IllegalArgumentException("Hidden layer widths must be >= 1, got "
                            + Arrays.toString(widths));
                }
            }
            this.hidden = widths.clone();
            return this;
        }

        /** The activation after each hidden layer, not null. */
        public Builder activation(Activation activation) {
            this.activation = Objects.requireNonNull(activation, "activation");
            return this;
        }

        /**
         * The output layer.
         *
         * @param outputs number of outputs, at least 1
         * @param outputActivation activation after it, not null ({@link Activation#IDENTITY} for none)
         */
        public Builder output(int outputs, Activation outputActivation) {
            if (outputs < 1) {
                throw new IllegalArgumentException("An MLP needs at least one output, got " + outputs);
            }
            this.outputs = outputs;
            this.outputActivation = Objects.requireNonNull(outputActivation, "outputActivation");
            return this;
        }

        /** How weights are drawn, not null. */
        public Builder init(Initializer init) {
            this.init = Objects.requireNonNull(init, "init");
            return this;
        }

        /**
         * Draws the weights and returns the network.
         *
         * @param rng randomness for the initializer, not null
         * @throws IllegalStateException if {@link #output} was not called
         */
        public Mlp build(RandomGenerator rng) {
            Objects.requireNonNull(rng, "rng");
            if (outputActivation == null) {
                throw new IllegalStateException("Call output(outputs, activation) before build()");
            }
            List<Linear> layers = new ArrayList<>();
            int in = inputs;
            for (int width : hidden) {
                layers.add(new Linear(in, width, init, rng));
                in = width;
            }
            layers.add(new Linear(in, outputs, init, rng));
            return new Mlp(layers, activation, outputActivation);
        }
    }
}
