package org.gansim.variants.vanilla;

import org.gansim.api.GanSetup;
import org.gansim.api.support.CrossEntropyGan;
import org.gansim.api.support.NetworkShape;

/**
 * PacGAN's training: the vanilla GAN's cross-entropy losses on a discriminator that judges
 * {@link PacVariant#PACK} samples at once. Used by one training thread only.
 */
final class PacGan extends CrossEntropyGan {

    PacGan(GanSetup setup) {
        super(setup, new NetworkShape(false, setup.params().getInt(PacVariant.PACK), true));
    }
}
