package org.gansim.variants.wgan;

import java.util.List;
import org.gansim.api.ApiVersion;
import org.gansim.api.GanVariant;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.support.VariantParams;

/**
 * {@code wgan}: the Wasserstein GAN with weight clipping (Arjovsky et al. 2017), with the defaults of
 * the paper's Algorithm 1. Stateless; any thread.
 */
public final class Wgan implements GanVariant {

    /** The clipping bound c. */
    public static final String CLIP = "clip";
    /** The gradient penalty weight lambda (WGAN-GP). */
    public static final String LAMBDA = "lambda";

    @Override
    public String id() {
        return "wgan";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "WGAN (weight clipping)";
    }

    @Override
    public String description() {
        return "Wasserstein GAN (Arjovsky et al. 2017): a critic without sigmoid estimates the Wasserstein-1"
                + " distance, kept Lipschitz by clipping every weight to [-c, c]. Defaults from the paper's"
                + " Algorithm 1: c = 0.01, RMSprop with learning rate 5e-5, 5 critic steps per generator step."
                + " Slow by design: the clipped critic learns little per step.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.decimal(CLIP, "Clip value c", 0.01, 1e-4, 1).logScale()
                        .describe("Every critic weight is clipped into [-c, c] after each critic step."),
                VariantParams.optimizer(VariantParams.RMSPROP),
                VariantParams.learningRateD(5e-5),
                VariantParams.learningRateG(5e-5),
                VariantParams.alpha(0.99),
                VariantParams.beta1(0.5),
                VariantParams.beta2(0.999),
                VariantParams.momentum(0),
                VariantParams.generatorActivation(VariantParams.RELU),
                VariantParams.discriminatorActivation(VariantParams.RELU));
    }

    @Override
    public int defaultDiscriminatorSteps() {
        return 5;
    }

    @Override
    public Gan create(GanSetup setup) {
        return new ClippedWassersteinGan(setup);
    }
}
