package org.gansim.variants.wgan;

import java.util.List;
import org.gansim.api.ApiVersion;
import org.gansim.api.GanVariant;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.training.Gan;
import org.gansim.api.training.GanSetup;
import org.gansim.api.variant.VariantParams;

/**
 * {@code wgan-gp}: the Wasserstein GAN with gradient penalty (Gulrajani et al. 2017), with the
 * defaults of the paper's Algorithm 1. Stateless; any thread.
 */
public final class WganGp implements GanVariant {

    @Override
    public String id() {
        return "wgan-gp";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "WGAN-GP (gradient penalty)";
    }

    @Override
    public String description() {
        return "Wasserstein GAN with gradient penalty (Gulrajani et al. 2017): instead of clipping, the critic"
                + " is penalised when its gradient norm strays from 1 between real and generated samples."
                + " Defaults from the paper's Algorithm 1: lambda = 10, 5 critic steps, Adam with learning"
                + " rate 1e-4, beta1 = 0, beta2 = 0.9 (the authors' toy code uses beta1 = 0.5, also fine).";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.decimal(Wgan.LAMBDA, "Penalty weight lambda", 10, 0, 1000)
                        .describe("How strongly the critic's gradient norm is pulled to 1 at points between"
                                + " real and generated samples."),
                VariantParams.optimizer(VariantParams.ADAM),
                VariantParams.learningRateD(1e-4),
                VariantParams.learningRateG(1e-4),
                VariantParams.beta1(0),
                VariantParams.beta2(0.9),
                VariantParams.momentum(0),
                VariantParams.alpha(0.99),
                VariantParams.generatorActivation(VariantParams.RELU),
                VariantParams.discriminatorActivation(VariantParams.RELU));
    }

    @Override
    public int defaultDiscriminatorSteps() {
        return 5;
    }

    @Override
    public Gan create(GanSetup setup) {
        return new GradientPenaltyGan(setup);
    }
}
