package org.gansim.variants.vanilla;

import java.util.List;
import org.gansim.api.ApiVersion;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.GanVariant;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.support.VariantParams;

/**
 * {@code unrolled}: the unrolled GAN of Metz et al. (2017), whose generator looks K discriminator steps
 * ahead. Stateless; any thread.
 */
public final class UnrolledGan implements GanVariant {

    /** K: how many D optimizer steps G's loss looks ahead. */
    public static final String UNROLLING_STEPS = "unrolling_steps";
    /** Whether G's gradient flows back through the unrolled D steps. */
    public static final String SECOND_ORDER = "second_order";

    @Override
    public String id() {
        return "unrolled";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Unrolled GAN";
    }

    @Override
    public String description() {
        return "Unrolled GAN (Metz et al. 2017): G is trained against the discriminator of K steps ahead,"
                + " with its gradient flowing back through those K steps, so G cannot pile its samples where the"
                + " current D is weakest. Defaults from the paper's 2-D experiment: K = 5, Adam with beta1 0.5,"
                + " D learning rate 1e-4 and G learning rate 1e-3 (as in the authors' mixture-of-Gaussians"
                + " setup). GanSim adds a moving average of G's weights (0.999) for the samples shown.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer(UNROLLING_STEPS, "Unrolling steps K", 5, 0, 20)
                        .describe("How many of D's optimizer steps G looks ahead; 0 is the vanilla GAN with"
                                + " G's loss written as the game's value."),
                ParamSpec.bool(SECOND_ORDER, "Through the unrolling", true)
                        .describe("On: G's gradient flows back through the K unrolled D steps (the paper)."
                                + " Off: G just plays against the D of K steps ahead (faster, weaker)."),
                VariantParams.optimizer(VariantParams.ADAM),
                VariantParams.learningRateD(1e-4),
                VariantParams.learningRateG(1e-3),
                VariantParams.beta1(0.5),
                VariantParams.beta2(0.999),
                VariantParams.momentum(0),
                VariantParams.alpha(0.99),
                VariantParams.generatorActivation(VariantParams.RELU),
                VariantParams.discriminatorActivation(VariantParams.RELU),
                VariantParams.generatorAverage(0.999),
                VariantParams.showRawGenerator());
    }

    @Override
    public Gan create(GanSetup setup) {
        return new UnrolledTraining(setup);
    }
}
