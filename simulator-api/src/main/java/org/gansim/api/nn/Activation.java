package org.gansim.api.nn;

/**
 * The non-linearities a layer of an {@link Mlp} can use.
 *
 * <p>Constants are immutable; any thread.
 *
 * @since 1
 */
public enum Activation {

    /** {@code max(0, x)}. */
    RELU,
    /** {@code x} above zero, {@code 0.2 x} below: never completely flat, popular in discriminators. */
    LEAKY_RELU,
    /** Hyperbolic tangent, output in (-1, 1). */
    TANH,
    /** Logistic function, output in (0, 1). */
    SIGMOID,
    /** {@code log(1 + e^x)}: a smooth ReLU. */
    SOFTPLUS,
    /** No change: for raw outputs such as logits or generated points. */
    IDENTITY;

    /** The slope of {@link #LEAKY_RELU} below zero. */
    public static final double LEAKY_SLOPE = 0.2;

    /** Applies this activation to every value of {@code x} (differentiably). */
    public Tensor apply(Tensor x) {
        return switch (this) {
            case RELU -> x.relu();
            case LEAKY_RELU -> x.leakyRelu(LEAKY_SLOPE);
            case TANH -> x.tanh();
            case SIGMOID -> x.sigmoid();
            case SOFTPLUS -> x.softplus();
            case IDENTITY -> x;
        };
    }

    /** The activation of one number. */
    double value(double x) {
        return switch (this) {
            case RELU -> x > 0.0 ? x : 0.0;
            case LEAKY_RELU -> x > 0.0 ? x : LEAKY_SLOPE * x;
            case TANH -> Math.tanh(x);
            case SIGMOID -> Scalars.sigmoid(x);
            case SOFTPLUS -> Scalars.softplus(x);
            case IDENTITY -> x;
        };
    }

    /** The derivative at input {@code x}, given the output {@code y = value(x)}. */
    double derivative(double x, double y) {
        return switch (this) {
            case RELU -> x > 0.0 ? 1.0 : 0.0;
            case LEAKY_RELU -> x > 0.0 ? 1.0 : LEAKY_SLOPE;
            case TANH -> 1.0 - y * y;
            case SIGMOID -> y * (1.0 - y);
            case SOFTPLUS -> Scalars.sigmoid(x);
            case IDENTITY -> 1.0;
        };
    }
}
