package org.gansim.variants.vanilla;

import org.gansim.api.GanSetup;
import org.gansim.api.support.CrossEntropyGan;
import org.gansim.api.support.NetworkShape;

/**
 * The vanilla GAN's training: the cross-entropy losses of {@link CrossEntropyGan} on a
 * discriminator that judges one sample at a time. Used by one training thread only.
 */
final class VanillaGan extends CrossEntropyGan {

    VanillaGan(GanSetup setup) {
        super(setup, NetworkShape.standard());
    }
}
