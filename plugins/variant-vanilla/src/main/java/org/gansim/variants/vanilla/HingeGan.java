package org.gansim.variants.vanilla;

import java.util.List;
import org.gansim.api.ApiVersion;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.GanVariant;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.support.VariantParams;

/**
 * {@code hinge}: the GAN with the hinge loss (Lim and Ye 2017; Miyato et al. 2018). Stateless; any thread.
 */
public final class HingeGan implements GanVariant {

    @Override
    public String id() {
        return "hinge";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Hinge-loss GAN";
    }

    @Override
    public String description() {
        return "Hinge-loss GAN (Lim and Ye 2017; Miyato et al. 2018): D scores samples and minimises"
                + " mean relu(1 - D(x)) + mean relu(1 + D(G(z))), so it stops pushing once a sample is past its"
                + " margin; G minimises -mean D(G(z)). Defaults: Adam with beta1 0.5, beta2 0.999 and one D"
                + " step per G step (Miyato et al. 2018, Table 1, setting C), at learning rate " + Defaults.LR
                + " instead of 2e-4 for these small networks. GanSim adds a moving average of G's weights"
                + " (0.999) for the samples shown.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                VariantParams.optimizer(VariantParams.ADAM),
                VariantParams.learningRateD(Defaults.LR),
                VariantParams.learningRateG(Defaults.LR),
                VariantParams.beta1(0.5),
                VariantParams.beta2(0.999),
                VariantParams.momentum(0),
                VariantParams.alpha(0.99),
                VariantParams.generatorActivation(VariantParams.RELU),
                VariantParams.discriminatorActivation(VariantParams.LEAKY_RELU),
                VariantParams.generatorAverage(0.999),
                VariantParams.showRawGenerator());
    }

    @Override
    public Gan create(GanSetup setup) {
        return new HingeTraining(setup);
    }
}
