package org.gansim.variants.vanilla;

import org.gansim.api.support.OptimizerSettings;

/** Default values shared by this module's variants, in one place so their descriptions quote them. */
final class Defaults {

    /**
     * Adam's learning rate for D and G. DCGAN's 2e-4 (Radford et al. 2015) is tuned for image
     * networks trained for many epochs; the small 2-D networks of a lesson move too slowly with it.
     */
    static final double LR = 1e-3;

    /**
     * Adam with beta1 0.5, beta2 0.999 (Radford et al. 2015, the common practice since) at {@link #LR};
     * the momentum is SGD's, should the user switch to it.
     */
    static final OptimizerSettings OPTIMIZER = OptimizerSettings.adam(LR, 0.5, 0.999).withMomentum(0.5);

    private Defaults() {
    }
}
