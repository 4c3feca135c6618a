package org.gansim.examples;

import org.gansim.api.GanSetup;
import org.gansim.api.GanVariant;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.MlpVariant;
import org.gansim.api.support.OptimizerSettings;

/**
 * The example of {@link GanVariant}'s and {@link MlpVariant}'s javadoc: the GAN of Goodfellow et al.
 * (2014) with the non-saturating generator loss. The plugin is named {@code <Name>Variant}, the GAN it
 * creates {@code <Name>Gan}. Compiled and contract-tested with every build
 * ({@link NonSaturatingVariantTest}).
 */
public final class NonSaturatingVariant extends MlpVariant {

    public NonSaturatingVariant() {
        super("my-gan", "Non-saturating GAN", "D learns the probability that a sample is real; G maximises"
                + " log D(G(z)) (Goodfellow et al. 2014). Adam, learning rate 1e-3, betas 0.5 and 0.999.",
                OptimizerSettings.adam(1e-3, 0.5, 0.999));
    }

    @Override
    public MlpGan create(GanSetup setup) {
        return new NonSaturatingGan(setup);
    }
}
