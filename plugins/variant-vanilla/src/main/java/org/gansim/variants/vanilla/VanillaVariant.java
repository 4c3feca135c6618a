package org.gansim.variants.vanilla;

import java.util.List;
import org.gansim.api.GanSetup;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.support.CrossEntropyGan;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.MlpVariant;

/**
 * {@code vanilla}: the original GAN of Goodfellow et al. (2014), with the choice between the
 * minimax generator loss of the paper's game and the non-saturating loss the paper recommends in
 * practice. Stateless; any thread.
 */
public final class VanillaVariant extends MlpVariant {

    public VanillaVariant() {
        super("vanilla", "Vanilla GAN",
                "The original GAN (Goodfellow et al. 2014): D learns the probability that a sample is real with"
                        + " binary cross-entropy, G learns to fool it; generator loss non-saturating (the paper's"
                        + " advice) or minimax. Defaults: Adam with beta1 0.5, beta2 0.999 (Radford et al. 2015,"
                        + " the common practice since) at learning rate " + Defaults.LR + " for D and G, faster"
                        + " than DCGAN's 2e-4 because these networks are small: on the default ring8 (64-64"
                        + " networks, batch 256) every mode is found within 2,000 steps." + Defaults.AVERAGE_NOTE,
                Defaults.OPTIMIZER);
    }

    @Override
    protected List<ParamSpec> variantParams() {
        return crossEntropyParams();
    }

    /** The losses' parameters shared by the cross-entropy variants of this module (vanilla, PacGAN). */
    static List<ParamSpec> crossEntropyParams() {
        return List.of(CrossEntropyGan.lossSpec(), CrossEntropyGan.labelSmoothingSpec());
    }

    /** GanSim's addition: the samples shown and scored come from the average of G's weights. */
    @Override
    protected double generatorAverageDefault() {
        return Defaults.G_AVERAGE;
    }

    @Override
    public MlpGan create(GanSetup setup) {
        return new VanillaGan(setup);
    }

    /** The paper's game; with the non-saturating loss, G's own aim written beside D's. */
    @Override
    public String objective(Params params) {
        return CrossEntropyGan.MINIMAX.equals(params.getString(CrossEntropyGan.LOSS))
                ? "min_G max_D  E[log D(x)] + E[log(1 \u2212 D(G(z)))]"
                : "D: max E[log D(x)] + E[log(1 \u2212 D(G(z)))]    G: max E[log D(G(z))]  (non-saturating)";
    }
}
