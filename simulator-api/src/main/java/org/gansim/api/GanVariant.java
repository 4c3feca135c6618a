package org.gansim.api;

import org.gansim.api.training.Gan;
import org.gansim.api.training.GanSetup;

/**
 * A plugin that provides a kind of GAN: its losses, optimizers and training step.
 *
 * <p>Example: the skeleton of a variant (see the built-in vanilla GAN for a full one).
 * <pre>{@code
 * public final class MyGan implements GanVariant {
 *     public String id() { return "my-gan"; }
 *     public int apiVersion() { return ApiVersion.CURRENT; }
 *     public List<ParamSpec> params() {
 *         return List.of(ParamSpec.decimal("lr_d", "D learning rate", 2e-4, 1e-6, 1).logScale());
 *     }
 *     public Gan create(GanSetup setup) {
 *         return new MyGanTraining(setup);   // builds G and D with org.gansim.api.nn.Mlp
 *     }
 * }
 * }</pre>
 * List the class in {@code META-INF/services/org.gansim.api.GanVariant}.
 *
 * @since 1
 */
public interface GanVariant extends Plugin {

    /**
     * Builds a new GAN with freshly initialised networks.
     *
     * @param setup sizes, the variant's parameter values (checked against {@link #params()}) and the
     *              seed; never null
     * @return a new GAN, used by one training thread only; never null
     */
    Gan create(GanSetup setup);

    /** Whether G and D are given class labels; such a variant needs a labelled target. */
    default boolean conditional() {
        return false;
    }

    /**
     * The number of discriminator steps per generator step the variant's paper uses (5 for WGAN);
     * it becomes the default of the host's {@code train.d_steps} parameter.
     */
    default int defaultDiscriminatorSteps() {
        return 1;
    }
}
