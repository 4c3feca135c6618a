package org.gansim.variants.vanilla;

import java.util.ArrayList;
import java.util.List;
import org.gansim.api.GanSetup;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.support.CrossEntropyGan;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.MlpVariant;

/**
 * {@code pacgan}: PacGAN (Lin et al. 2018). The vanilla GAN, except that D judges m samples at once,
 * concatenated into one input, all real or all fake. A pack of fakes from a collapsed generator
 * repeats itself where a pack of real samples does not, so D can see the lack of variety and G is
 * pushed to spread out. Stateless; any thread.
 */
public final class PacVariant extends MlpVariant {

    /** How many samples D judges together. */
    public static final String PACK = "pack";

    public PacVariant() {
        super("pacgan", "PacGAN",
                "PacGAN (Lin et al. 2018): the vanilla GAN's losses, but D judges packs of m samples together,"
                        + " which lets it see and punish mode collapse. Default m = 2 (PacGAN2, the paper's main"
                        + " benchmark setting; it tries 2 to 4); the other defaults are the vanilla GAN's."
                        + Defaults.AVERAGE_NOTE,
                Defaults.OPTIMIZER);
    }

    @Override
    protected List<ParamSpec> variantParams() {
        List<ParamSpec> specs = new ArrayList<>();
        specs.add(ParamSpec.integer(PACK, "Pack size m", 2, 2, 4).resetRequired()
                .describe("How many samples D judges at once, all real or all generated."));
        specs.addAll(VanillaVariant.crossEntropyParams());
        return specs;
    }

    /** GanSim's addition: the samples shown and scored come from the average of G's weights. */
    @Override
    protected double generatorAverageDefault() {
        return Defaults.G_AVERAGE;
    }

    @Override
    public MlpGan create(GanSetup setup) {
        return new PacGan(setup);
    }

    @Override
    public String objective(Params params) {
        String g = CrossEntropyGan.MINIMAX.equals(params.getString(CrossEntropyGan.LOSS))
                ? "G: min E[log(1 \u2212 D(G(z\u2081) \u2026 G(z_m)))]" : "G: max E[log D(G(z\u2081) \u2026 G(z_m))]";
        return "D: max E[log D(x\u2081 \u2026 x_m)] + E[log(1 \u2212 D(G(z\u2081) \u2026 G(z_m)))]    " + g
                + "   (packs of m = " + params.getInt(PACK) + ")";
    }
}
