package org.gansim.variants.vanilla;

/** Default values shared by this module's variants, in one place so their descriptions quote them. */
final class Defaults {

    /**
     * Adam's learning rate for D and G. DCGAN's 2e-4 (Radford et al. 2015) is tuned for image
     * networks trained for many epochs; the small 2-D networks of a lesson move too slowly with it.
     */
    static final double LR = 1e-3;

    private Defaults() {
    }
}
