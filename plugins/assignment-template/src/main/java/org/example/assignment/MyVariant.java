package org.example.assignment;

import java.util.List;
import org.gansim.api.ApiVersion;
import org.gansim.api.GanVariant;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.support.VariantParams;

/**
 * The GAN variant of this assignment: the GAN of Goodfellow et al. (2014) with the non-saturating
 * generator loss. GanSim lists it in the Variant menu; its parameters appear in the parameter panel.
 *
 * <p>This class is complete: the work is in {@link MyGan}. GanSim creates it through the public
 * constructor (it is listed in {@code META-INF/services/org.gansim.api.GanVariant}) and may call it
 * from any thread, so it keeps no state: each simulation gets a fresh {@link MyGan}.
 */
public final class MyVariant implements GanVariant {

    /** The id the grader and the command line know the plugin by: keep it as the teacher chose it. */
    @Override
    public String id() {
        return "assignment-gan";
    }

    @Override
    public int apiVersion() {
        // Baked in when compiling: GanSim refuses a plugin built for an API it does not speak.
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Non-saturating GAN (assignment)";
    }

    @Override
    public String description() {
        return "D learns the probability that a sample is real; G maximises log D(G(z)) (Goodfellow et al. 2014).";
    }

    /** The optimizer settings the user may change while training; MyGan's base class reads them. */
    @Override
    public List<ParamSpec> params() {
        return List.of(
                VariantParams.optimizer(VariantParams.ADAM),
                VariantParams.learningRateD(1e-3),
                VariantParams.learningRateG(1e-3),
                VariantParams.beta1(0.5),
                VariantParams.beta2(0.999));
    }

    @Override
    public Gan create(GanSetup setup) {
        return new MyGan(setup);
    }
}
