package org.gansim.variants.vanilla;

import org.gansim.api.support.OptimizerSettings;

/** Default values shared by this module's variants, in one place so their descriptions quote them. */
final class Defaults {

    /**
     * Adam's learning rate for D and G of the cross-entropy GANs (vanilla, PacGAN). DCGAN's 2e-4
     * (Radford et al. 2015) is tuned for image networks trained for many epochs; with its saturating
     * loss, the small 2-D networks of a lesson move too slowly with it.
     */
    static final double LR = 1e-3;

    /**
     * DCGAN's learning rate, which the hinge-loss and least-squares GANs keep. At {@link #LR} they
     * lose modes early and do not get them back on some seeds (on the ring, two seeds of ten short of
     * 8 modes or 80% high quality for each; at 2e-4 none: docs/benchmarks.md), likely because their
     * losses do not saturate, so D's push on G stays large where the sigmoid's would fade.
     */
    static final double PAPER_LR = 2e-4;

    /**
     * Adam with beta1 0.5, beta2 0.999 (Radford et al. 2015, the common practice since) at {@link #LR};
     * the momentum is SGD's, should the user switch to it.
     */
    static final OptimizerSettings OPTIMIZER = OptimizerSettings.adam(LR, 0.5, 0.999).withMomentum(0.5);

    /** The same Adam at {@link #PAPER_LR}. */
    static final OptimizerSettings PAPER_OPTIMIZER = OptimizerSettings.adam(PAPER_LR, 0.5, 0.999).withMomentum(0.5);

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
