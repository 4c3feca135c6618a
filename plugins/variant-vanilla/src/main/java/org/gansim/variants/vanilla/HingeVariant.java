package org.gansim.variants.vanilla;

import org.gansim.api.GanSetup;
import org.gansim.api.param.Params;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.MlpVariant;

/**
 * {@code hinge}: the GAN with the hinge loss (Lim and Ye 2017; Miyato et al. 2018). Stateless; any thread.
 */
public final class HingeVariant extends MlpVariant {

    public HingeVariant() {
        super("hinge", "Hinge-loss GAN",
                "Hinge-loss GAN (Lim and Ye 2017; Miyato et al. 2018): D scores samples and minimises"
                        + " mean relu(1 - D(x)) + mean relu(1 + D(G(z))), so it stops pushing once a sample is past"
                        + " its margin; G minimises -mean D(G(z)). Defaults: Adam with beta1 0.5, beta2 0.999 and one"
                        + " D step per G step at learning rate 2e-4 (Miyato et al. 2018, Table 1,"
                        + " setting C)." + Defaults.AVERAGE_NOTE,
                Defaults.PAPER_OPTIMIZER);
    }

    /** GanSim's addition: the samples shown and scored come from the average of G's weights. */
    @Override
    protected double generatorAverageDefault() {
        return Defaults.G_AVERAGE;
    }

    @Override
    public MlpGan create(GanSetup setup) {
        return new HingeGan(setup);
    }

    @Override
    public String objective(Params params) {
        return "D: min E[max(0, 1 \u2212 D(x))] + E[max(0, 1 + D(G(z)))]    G: min \u2212E[D(G(z))]";
    }
}
