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

    /**
     * The decay of the moving average of G's weights that is shown and scored (Yazici et al. 2019), added
     * by GanSim: the live generator of these small networks keeps circling around the modes and leaves
     * many samples between them, while the average of its last thousand or so steps sits nearer the
     * centre of that circling (measured in docs/benchmarks.md). Training never reads it.
     */
    static final double G_AVERAGE = 0.999;

    /** What every description of this module adds about the average, and how to see the live G. */
    static final String AVERAGE_NOTE = " GanSim adds: the samples shown and scored come from a moving average of"
            + " G's weights (decay " + G_AVERAGE + ", Yazici et al. 2019), sharper than the last weights; training"
            + " is unchanged, and 'Show raw G' shows the live generator.";

    private Defaults() {
    }
}
