package org.gansim.api.support;

import org.gansim.api.param.ParamSpec;

/**
 * The parameters most GAN variants share, under the same keys everywhere, so that a lesson can say
 * "lower {@code variant.lr_d}" whatever the variant: optimizer, learning rates, Adam's betas, SGD's
 * momentum, RMSprop's alpha and the hidden-layer activations. Each variant picks its own defaults
 * (from its paper) and lists the specs it uses in its {@code params()}.
 *
 * <p>{@link GanOptimizers} and {@link MlpGan} read values under these keys. Stateless; any thread.
 *
 * @since 1
 */
public final class VariantParams {

    /** Which optimizer updates both networks: {@code adam}, {@code rmsprop} or {@code sgd}. */
    public static final String OPTIMIZER = "optimizer";
    /** The discriminator's (critic's) learning rate. */
    public static final String LR_D = "lr_d";
    /** The generator's learning rate. */
    public static final String LR_G = "lr_g";
    /** Adam's decay of its running mean of gradients. */
    public static final String BETA1 = "beta1";
    /** Adam's decay of its running mean of squared gradients. */
    public static final String BETA2 = "beta2";
    /** SGD's momentum. */
    public static final String MOMENTUM = "momentum";
    /** RMSprop's decay of its running mean of squared gradients. */
    public static final String ALPHA = "alpha";
    /** The generator's hidden-layer activation. */
    public static final String G_ACTIVATION = "g_activation";
    /** The discriminator's hidden-layer activation. */
    public static final String D_ACTIVATION = "d_activation";

    /**
     * The decay of the moving average of G's weights that the views show and the metrics score
     * ({@link GeneratorAverage}); 0 shows the live generator. Added in API 2 (a variant that does not
     * declare it shows the live generator, as before).
     */
    public static final String G_AVERAGE = "g_average";
    /** Shows and scores the live generator even while an average is kept: the average one click away. */
    public static final String SHOW_RAW_G = "show_raw_g";

    /** The optimizers on offer, as written in {@link #OPTIMIZER}. */
    public static final String ADAM = "adam";
    public static final String RMSPROP = "rmsprop";
    public static final String SGD = "sgd";

    /** The hidden-layer activations on offer, as written in {@link #G_ACTIVATION} and {@link #D_ACTIVATION}. */
    public static final String RELU = "relu";
    public static final String LEAKY_RELU = "leaky_relu";
    public static final String TANH = "tanh";

    private VariantParams() {
    }

    /** The optimizer choice; a change takes effect at once with fresh optimizer state. */
    public static ParamSpec optimizer(String defaultChoice) {
        return ParamSpec.choice(OPTIMIZER, "Optimizer", defaultChoice, ADAM, RMSPROP, SGD)
                .describe("How both networks follow their gradients: Adam, RMSprop or plain SGD with momentum."
                        + " Switching starts the new optimizer from fresh state.");
    }

    /** The discriminator's learning rate, on a log scale. */
    public static ParamSpec learningRateD(double defaultValue) {
        return ParamSpec.decimal(LR_D, "D learning rate", defaultValue, 1e-6, 1).logScale()
                .describe("Step size of the discriminator's optimizer.");
    }

    /** The generator's learning rate, on a log scale. */
    public static ParamSpec learningRateG(double defaultValue) {
        return ParamSpec.decimal(LR_G, "G learning rate", defaultValue, 1e-6, 1).logScale()
                .describe("Step size of the generator's optimizer.");
    }

    /** Adam's beta1. */
    public static ParamSpec beta1(double defaultValue) {
        return ParamSpec.decimal(BETA1, "Adam beta1", defaultValue, 0, 0.999)
                .describe("Adam only: how much of the past gradient each step keeps (momentum); 0 keeps none.");
    }

    /** Adam's beta2. */
    public static ParamSpec beta2(double defaultValue) {
        return ParamSpec.decimal(BETA2, "Adam beta2", defaultValue, 0, 0.9999)
                .describe("Adam only: how slowly the running mean of squared gradients forgets.");
    }

    /** SGD's momentum. */
    public static ParamSpec momentum(double defaultValue) {
        return ParamSpec.decimal(MOMENTUM, "SGD momentum", defaultValue, 0, 0.99)
                .describe("SGD only: how much of the previous step each step keeps; 0 is plain gradient descent.");
    }

    /** RMSprop's decay. */
    public static ParamSpec alpha(double defaultValue) {
        return ParamSpec.decimal(ALPHA, "RMSprop alpha", defaultValue, 0, 0.9999)
                .describe("RMSprop only: how slowly the running mean of squared gradients forgets.");
    }

    /** The generator's hidden activation; needs a reset. */
    public static ParamSpec generatorActivation(String defaultChoice) {
        return ParamSpec.choice(G_ACTIVATION, "G activation", defaultChoice, RELU, LEAKY_RELU, TANH)
                .resetRequired()
                .describe("The non-linearity after each hidden layer of the generator.");
    }

    /** The discriminator's hidden activation; needs a reset. */
    public static ParamSpec discriminatorActivation(String defaultChoice) {
        return ParamSpec.choice(D_ACTIVATION, "D activation", defaultChoice, RELU, LEAKY_RELU, TANH)
                .resetRequired()
                .describe("The non-linearity after each hidden layer of the discriminator.");
    }

    /** The decay of the moving average of G's weights; live, and 0 turns averaging off. */
    public static ParamSpec generatorAverage(double defaultValue) {
        return ParamSpec.decimal(G_AVERAGE, "G weight average", defaultValue, 0, 0.9999)
                .describe("Shows and scores a moving average of G's weights (Yazici et al. 2019) instead of the"
                        + " latest ones: sharper, steadier samples; training is unchanged. 0.999 averages over"
                        + " about the last 1,000 steps; 0 shows the live generator.");
    }

    /** Whether to show the live generator even while an average is kept. */
    public static ParamSpec showRawGenerator() {
        return ParamSpec.bool(SHOW_RAW_G, "Show raw G", false)
                .describe("Shows and scores the generator's latest weights instead of their moving average,"
                        + " to compare the two; the average keeps being updated.");
    }
}
