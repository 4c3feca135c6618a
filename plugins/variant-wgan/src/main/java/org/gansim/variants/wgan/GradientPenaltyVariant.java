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
 * {@code wgan-gp}: the Wasserstein GAN with gradient penalty (Gulrajani et al. 2017), with the
 * defaults of the authors' script for 2-D toy data. Stateless; any thread.
 */
public final class GradientPenaltyVariant extends MlpVariant {

    /** The gradient penalty weight lambda. */
    public static final String LAMBDA = "lambda";

    /**
     * The penalty weight of the authors' 2-D script (gan_toy.py), whose comment says a smaller lambda
     * "makes things faster for toy tasks, but isn't necessary if you increase CRITIC_ITERS enough".
     * With the paper's 10 and 5 critic steps, the critic of GanSim's small networks lags behind the
     * generator and the generator swings around the ring for thousands of steps (PyTorch does the same
     * with the same networks); with 0.1 it settles on every mode.
     */
    static final double DEFAULT_LAMBDA = 0.1;

    /**
     * The decay of the moving average of G's weights that is shown and scored (Yazici et al. 2019),
     * GanSim's addition, as in the vanilla module's variants; training never reads it.
     */
    static final double G_AVERAGE = 0.999;

    /** What the descriptions add about the average, and how to see the live G. */
    static final String AVERAGE_NOTE = " GanSim adds: the samples shown and scored come from a moving average of"
            + " G's weights (decay " + G_AVERAGE + ", Yazici et al. 2019), sharper than the last weights; training"
            + " is unchanged, and 'Show raw G' shows the live generator.";

    public GradientPenaltyVariant() {
        super("wgan-gp", "WGAN-GP (gradient penalty)",
                "Wasserstein GAN with gradient penalty (Gulrajani et al. 2017): instead of clipping, the critic"
                        + " is penalised when its gradient norm strays from 1 between real and generated samples."
                        + " Defaults from the authors' script for 2-D data (gan_toy.py): lambda = 0.1, 5 critic"
                        + " steps, Adam with learning rate 1e-4, beta1 = 0.5, beta2 = 0.9. The paper's Algorithm 1"
                        + " (for images) uses lambda = 10 and beta1 = 0; on 2-D data the critic then needs far"
                        + " more steps to keep up, and the generator swings around the target instead of settling."
                        + AVERAGE_NOTE,
                OptimizerSettings.adam(1e-4, 0.5, 0.9), VariantParams.RELU, VariantParams.RELU);
    }

    @Override
    protected List<ParamSpec> variantParams() {
        return List.of(ParamSpec.decimal(LAMBDA, "Penalty weight lambda", DEFAULT_LAMBDA, 0, 1000)
                .describe("How strongly the critic's gradient norm is pulled to 1 at points between"
                        + " real and generated samples."));
    }

    @Override
    public int defaultDiscriminatorSteps() {
        return 5;
    }

    /** GanSim's addition: the samples shown and scored come from the average of G's weights. */
    @Override
    protected double generatorAverageDefault() {
        return G_AVERAGE;
    }

    @Override
    public MlpGan create(GanSetup setup) {
        return new GradientPenaltyGan(setup);
    }

    @Override
    public String objective(Params params) {
        return "C: max E[C(x)] \u2212 E[C(G(z))] \u2212 \u03bb E[(\u2016\u2207C(x\u0302)\u2016 \u2212 1)\u00b2], \u03bb = "
                + params.getDouble(LAMBDA) + "    G: max E[C(G(z))]";
    }
}
