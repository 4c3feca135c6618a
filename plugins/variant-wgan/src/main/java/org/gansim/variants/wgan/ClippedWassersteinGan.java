package org.gansim.variants.wgan;

import org.gansim.api.GanSetup;

/** WGAN with weight clipping (Arjovsky et al. 2017): every critic weight is kept in [-c, c]. */
final class ClippedWassersteinGan extends WassersteinGan {

    ClippedWassersteinGan(GanSetup setup) {
        super(setup);
    }

    @Override
    void afterCriticStep() {
        clipDiscriminatorWeights(params().getDouble(ClippedWassersteinVariant.CLIP));
    }
}
