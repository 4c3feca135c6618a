package org.gansim.variants.vanilla;

import java.util.ArrayList;
import java.util.List;
import org.gansim.api.ApiVersion;
import org.gansim.api.GanVariant;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.support.CrossEntropyGan;
import org.gansim.api.support.NetworkShape;

/**
 * {@code pacgan}: PacGAN (Lin et al. 2018). The vanilla GAN, except that D judges m samples at once,
 * concatenated into one input, all real or all fake. A pack of fakes from a collapsed generator
 * repeats itself where a pack of real samples does not, so D can see the lack of variety and G is
 * pushed to spread out. Stateless; any thread.
 */
public final class PacGan implements GanVariant {

    /** How many samples D judges together. */
    public static final String PACK = "pack";

    @Override
    public String id() {
        return "pacgan";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "PacGAN";
    }

    @Override
    public String description() {
        return "PacGAN (Lin et al. 2018): the vanilla GAN's losses, but D judges packs of m samples together,"
                + " which lets it see and punish mode collapse. Default m = 2 (PacGAN2, the paper's main"
                + " benchmark setting; it tries 2 to 4); the other defaults are the vanilla GAN's.";
    }

    @Override
    public List<ParamSpec> params() {
        List<ParamSpec> specs = new ArrayList<>();
        specs.add(ParamSpec.integer(PACK, "Pack size m", 2, 2, 4).resetRequired()
                .describe("How many samples D judges at once, all real or all generated."));
        specs.addAll(VanillaGan.crossEntropyParams());
        return specs;
    }

    @Override
    public Gan create(GanSetup setup) {
        return new CrossEntropyGan(setup, new NetworkShape(false, setup.params().getInt(PACK), true));
    }
}
