package org.gansim.variants.vanilla;

import java.util.ArrayList;
import java.util.List;
import org.gansim.api.GanSetup;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.MlpVariant;
import org.gansim.api.support.OptimizerSettings;
import org.gansim.api.support.VariantParams;

/**
 * {@code unrolled}: the unrolled GAN of Metz et al. (2017), whose generator looks K discriminator steps
 * ahead. Stateless; any thread.
 */
public final class UnrolledVariant extends MlpVariant {

    /** K: how many D optimizer steps G's loss looks ahead. */
    public static final String UNROLLING_STEPS = "unrolling_steps";
    /** Whether G's gradient flows back through the unrolled D steps. */
    public static final String SECOND_ORDER = "second_order";

    /** Adam with beta1 0.5, D at 1e-4 and G at 1e-3: the authors' 2-D setup. */
    private static final OptimizerSettings OPTIMIZER =
            new OptimizerSettings(VariantParams.ADAM, 1e-4, 1e-3, 0.5, 0.999, 0, 0.99);

    public UnrolledVariant() {
        super("unrolled", "Unrolled GAN",
                "Unrolled GAN (Metz et al. 2017): G is trained against the discriminator of K steps ahead, with"
                        + " its gradient flowing back through those K steps, so G cannot pile its samples where the"
                        + " current D is weakest. Defaults from the paper's 2-D experiment: K = 5, Adam with beta1"
                        + " 0.5, D learning rate 1e-4 and G learning rate 1e-3 (the authors' mixture-of-Gaussians"
                        + " setup), ReLU in both networks." + Defaults.AVERAGE_NOTE,
                OPTIMIZER, VariantParams.RELU, VariantParams.RELU);
    }

    @Override
    protected List<ParamSpec> variantParams() {
        List<ParamSpec> specs = new ArrayList<>();
        specs.add(ParamSpec.integer(UNROLLING_STEPS, "Unrolling steps K", 5, 0, 20)
                .describe("How many of D's optimizer steps G looks ahead; 0 is the vanilla GAN with G's loss"
                        + " written as the game's value."));
        specs.add(ParamSpec.bool(SECOND_ORDER, "Through the unrolling", true)
                .describe("On: G's gradient flows back through the K unrolled D steps (the paper). Off: G just"
                        + " plays against the D of K steps ahead (faster, weaker)."));
        return specs;
    }

    /** GanSim's addition: the samples shown and scored come from the average of G's weights. */
    @Override
    protected double generatorAverageDefault() {
        return Defaults.G_AVERAGE;
    }

    @Override
    public MlpGan create(GanSetup setup) {
        return new UnrolledGan(setup);
    }

    @Override
    public String objective(Params params) {
        // G minimises the game's value against the unrolled D (UnrolledGan): the real term counts too,
        // since D_K depends on G through the K steps.
        return "D: max E[log D(x)] + E[log(1 \u2212 D(G(z)))]    G: min E[log D_K(x)] + E[log(1 \u2212 D_K(G(z)))],"
                + " D_K: D after K = " + params.getInt(UNROLLING_STEPS) + " more steps";
    }
}
