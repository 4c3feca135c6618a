package org.gansim.variants.vanilla;

import java.util.List;
import org.gansim.api.GanSetup;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.MlpVariant;

/**
 * {@code lsgan}: the least-squares GAN (Mao et al. 2017), which replaces cross-entropy by squared
 * errors against target values a (fake), b (real) and c (what G wants D to say). Stateless; any thread.
 */
public final class LeastSquaresVariant extends MlpVariant {

    /** a: D's target on generated samples. */
    public static final String FAKE_TARGET = "a";
    /** b: D's target on real samples. */
    public static final String REAL_TARGET = "b";
    /** c: the value G wants D to give its samples. */
    public static final String GENERATOR_TARGET = "c";

    public LeastSquaresVariant() {
        super("lsgan", "LSGAN (least squares)",
                "Least-squares GAN (Mao et al. 2017): D's output is pulled to b on real samples and a on fakes,"
                        + " G pulls it to c on its fakes. Defaults a = 0, b = 1, c = 1 (the paper's 0-1 coding);"
                        + " Adam with beta1 0.5 at learning rate 2e-4, DCGAN's values, on which"
                        + " LSGAN builds." + Defaults.AVERAGE_NOTE,
                Defaults.PAPER_OPTIMIZER);
    }

    @Override
    protected List<ParamSpec> variantParams() {
        return List.of(
                ParamSpec.decimal(FAKE_TARGET, "Target a (fake)", 0, -10, 10)
                        .describe("The value D is taught to output on generated samples."),
                ParamSpec.decimal(REAL_TARGET, "Target b (real)", 1, -10, 10)
                        .describe("The value D is taught to output on real samples."),
                ParamSpec.decimal(GENERATOR_TARGET, "Target c (G's aim)", 1, -10, 10)
                        .describe("The value G wants D to output on its samples; c = b means 'look real'."));
    }

    /** GanSim's addition: the samples shown and scored come from the average of G's weights. */
    @Override
    protected double generatorAverageDefault() {
        return Defaults.G_AVERAGE;
    }

    @Override
    public MlpGan create(GanSetup setup) {
        return new LeastSquaresGan(setup);
    }

    @Override
    public String objective(Params params) {
        return "D: min \u00bdE[(D(x) \u2212 " + number(params.getDouble(REAL_TARGET)) + ")\u00b2] + \u00bdE[(D(G(z)) \u2212 "
                + number(params.getDouble(FAKE_TARGET)) + ")\u00b2]    G: min \u00bdE[(D(G(z)) \u2212 "
                + number(params.getDouble(GENERATOR_TARGET)) + ")\u00b2]";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
