package org.gansim.api.support;

import java.util.List;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;

/**
 * The settings of a GAN's two optimizers, typed: which optimizer, the learning rates of D and G,
 * Adam's betas, SGD's momentum and RMSprop's alpha. A variant states its defaults once, as one of
 * these; {@link #specs()} turns them into the parameters the user edits, and {@link #from(Params)}
 * reads the edited values back, failing on a key the variant never declared instead of guessing.
 *
 * <p>Every field is kept whatever the optimizer, so switching from Adam to SGD and back while
 * training finds each setting where the user left it. Immutable; any thread.
 *
 * @param optimizer {@link VariantParams#ADAM}, {@link VariantParams#RMSPROP} or {@link VariantParams#SGD}
 * @param lrD       the discriminator's (critic's) learning rate, above 0
 * @param lrG       the generator's learning rate, above 0
 * @param beta1     Adam's decay of its running mean of gradients, in [0, 1)
 * @param beta2     Adam's decay of its running mean of squared gradients, in [0, 1)
 * @param momentum  SGD's momentum, in [0, 1)
 * @param alpha     RMSprop's decay of its running mean of squared gradients, in [0, 1)
 * @since 2
 */
public record OptimizerSettings(String optimizer, double lrD, double lrG, double beta1, double beta2,
                                double momentum, double alpha) {

    /** The values a setting unused by the chosen optimizer starts from (Radford et al. 2015 for Adam). */
    private static final double BETA1 = 0.5;
    private static final double BETA2 = 0.999;
    private static final double MOMENTUM = 0;
    private static final double ALPHA = 0.99;

    public OptimizerSettings {
        if (!List.of(VariantParams.ADAM, VariantParams.RMSPROP, VariantParams.SGD).contains(optimizer)) {
            throw new IllegalArgumentException(VariantParams.OPTIMIZER + " must be one of adam, rmsprop, sgd, got '"
                    + optimizer + "'");
        }
        if (!(lrD > 0) || !(lrG > 0)) {
            throw new IllegalArgumentException("Learning rates must be above 0, got lr_d " + lrD + " and lr_g " + lrG);
        }
    }

    /** Adam for both networks at one learning rate; momentum 0 and alpha 0.99 wait for a switch. */
    public static OptimizerSettings adam(double learningRate, double beta1, double beta2) {
        return new OptimizerSettings(VariantParams.ADAM, learningRate, learningRate, beta1, beta2, MOMENTUM, ALPHA);
    }

    /** RMSprop for both networks at one learning rate; Adam's betas 0.5 and 0.999 wait for a switch. */
    public static OptimizerSettings rmsprop(double learningRate, double alpha) {
        return new OptimizerSettings(VariantParams.RMSPROP, learningRate, learningRate, BETA1, BETA2, MOMENTUM, alpha);
    }

    /** The same settings with another SGD momentum. */
    public OptimizerSettings withMomentum(double newMomentum) {
        return new OptimizerSettings(optimizer, lrD, lrG, beta1, beta2, newMomentum, alpha);
    }

    /**
     * The parameters the user edits, with these settings as their defaults, under the
     * {@link VariantParams} keys.
     *
     * @return optimizer, lr_d, lr_g, beta1, beta2, momentum and alpha, in that order
     */
    public List<ParamSpec> specs() {
        return List.of(
                VariantParams.optimizer(optimizer),
                VariantParams.learningRateD(lrD),
                VariantParams.learningRateG(lrG),
                VariantParams.beta1(beta1),
                VariantParams.beta2(beta2),
                VariantParams.momentum(momentum),
                VariantParams.alpha(alpha));
    }

    /**
     * Reads the settings from a variant's values.
     *
     * @param params values that hold every key of {@link #specs()}; never null
     * @return the typed settings
     * @throws IllegalArgumentException naming the first missing key, when the variant did not list
     *                                  the optimizer's parameters
     */
    public static OptimizerSettings from(Params params) {
        for (String key : List.of(VariantParams.OPTIMIZER, VariantParams.LR_D, VariantParams.LR_G, VariantParams.BETA1,
                VariantParams.BETA2, VariantParams.MOMENTUM, VariantParams.ALPHA)) {
            if (!params.has(key)) {
                throw new IllegalArgumentException("The variant's parameters have no '" + key + "': list the"
                        + " optimizer's parameters in params(), with OptimizerSettings.specs() (MlpVariant does)");
            }
        }
        return new OptimizerSettings(params.getString(VariantParams.OPTIMIZER),
                params.getDouble(VariantParams.LR_D), params.getDouble(VariantParams.LR_G),
                params.getDouble(VariantParams.BETA1), params.getDouble(VariantParams.BETA2),
                params.getDouble(VariantParams.MOMENTUM), params.getDouble(VariantParams.ALPHA));
    }
}
