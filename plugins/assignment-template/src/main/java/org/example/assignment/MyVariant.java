package org.example.assignment;

import org.gansim.api.GanSetup;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.MlpVariant;
import org.gansim.api.support.OptimizerSettings;

/**
 * The GAN variant of this assignment: the GAN of Goodfellow et al. (2014) with the non-saturating
 * generator loss. GanSim lists it in the Variant menu; its parameters appear in the parameter panel.
 *
 * <p>This class is complete: the work is in {@link MyGan}. Its base class {@link MlpVariant} offers
 * the optimizer's settings and the networks' activations as parameters. GanSim creates it through
 * the public constructor (it is listed in {@code META-INF/services/org.gansim.api.GanVariant}) and
 * may call it from any thread, so it keeps no state: each simulation gets a fresh {@link MyGan}.
 */
public final class MyVariant extends MlpVariant {

    /**
     * The id ("assignment-gan") is how the grader and the command line know the plugin: keep it as the
     * teacher chose it. The optimizer: Adam, learning rate 1e-3 for D and G, betas 0.5 and 0.999.
     */
    public MyVariant() {
        super("assignment-gan", "Non-saturating GAN (assignment)",
                "D learns the probability that a sample is real; G maximises log D(G(z)) (Goodfellow et al. 2014).",
                OptimizerSettings.adam(1e-3, 0.5, 0.999));
    }

    @Override
    public MlpGan create(GanSetup setup) {
        return new MyGan(setup);
    }
}
