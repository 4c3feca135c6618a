package org.gansim.variants.wgan;

import java.util.List;
import org.gansim.api.GanSetup;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.MlpVariant;
import org.gansim.api.support.OptimizerSettings;
import org.gansim.api.support.VariantParams;

/**
 * {@code wgan}: the Wasserstein GAN with weight clipping (Arjovsky et al. 2017), with the defaults of
 * the paper's Algorithm 1. Stateless; any thread.
 */
public final class ClippedWassersteinVariant extends MlpVariant {

    /** The clipping bound c. */
    public static final String CLIP = "clip";

    public ClippedWassersteinVariant() {
        super("wgan", "WGAN (weight clipping)",
                "Wasserstein GAN (Arjovsky et al. 2017): a critic without sigmoid estimates the Wasserstein-1"
                        + " distance, kept Lipschitz by clipping every weight to [-c, c]. Defaults from the paper's"
                        + " Algorithm 1: c = 0.01, RMSprop with learning rate 5e-5, 5 critic steps per generator"
                        + " step. Slow by design: the clipped critic learns little per step."
                        + GradientPenaltyVariant.AVERAGE_NOTE,
                OptimizerSettings.rmsprop(5e-5, 0.99), VariantParams.RELU, VariantParams.RELU);
    }

    @Override
    protected List<ParamSpec> variantParams() {
        return List.of(ParamSpec.decimal(CLIP, "Clip value c", 0.01, 1e-4, 1).logScale()
                .describe("Every critic weight is clipped into [-c, c] after each critic step."));
    }

    @Override
    public int defaultDiscriminatorSteps() {
        return 5;
    }

    /** GanSim's addition: the samples shown and scored come from the average of G's weights. */
    @Override
    protected double generatorAverageDefault() {
        return GradientPenaltyVariant.G_AVERAGE;
    }

    @Override
    public MlpGan create(GanSetup setup) {
        return new ClippedWassersteinGan(setup);
    }

    @Override
    public String objective(Params params) {
        return "min_G max_C  E[C(x)] \u2212 E[C(G(z))],  every weight of C clipped to \u00b1" + params.getDouble(CLIP);
    }
}
