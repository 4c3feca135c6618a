package org.gansim.api;

import org.gansim.api.param.Params;


/**
 * A plugin that provides a kind of GAN: its losses, optimizers and training step.
 *
 * <p>Example: {@code org.gansim.examples.NonSaturatingVariant} and the {@code NonSaturatingGan} it
 * creates, the GAN of Goodfellow et al. (2014) in two short classes, in the API's test sources
 * ({@code simulator-api/src/test/java/org/gansim/examples}), compiled and contract-tested with
 * every build. The variant extends {@link org.gansim.api.support.MlpVariant}, which holds its id,
 * name, description and parameters; its GAN extends {@link org.gansim.api.support.MlpGan}, which
 * builds both networks and their optimizers, and writes only the two losses. Name the plugin {@code
 * <Name>Variant} and its GAN {@code <Name>Gan}, as the built-ins do ({@code VanillaVariant} and
 * {@code VanillaGan}).
 * List the class in {@code META-INF/services/org.gansim.api.GanVariant}; test it with
 * {@link org.gansim.api.testkit.GanVariantContract}.
 *
 * <p><b>Threads.</b> The host makes one instance and may call it from any thread, several at once,
 * so it holds no mutable state. {@link #create} is called on the thread that trains (a simulation's
 * worker, or the command line's thread); the {@link Gan} it returns is used by that thread only, and
 * the views see it only through immutable {@link Gan#freeze()} copies.
 *
 * <p><b>Nullness.</b> No argument is ever null and no method may return null. Anything the plugin
 * or its {@code Gan} throws, and any NaN or infinite loss it reports, is caught by the host:
 * training pauses with a message naming the plugin's id.
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

    /**
     * The game this variant plays, written out in one line for the architecture diagram, e.g.
     * {@code "D: max E[log D(x)] + E[log(1 − D(G(z)))]   G: max E[log D(G(z))]"}. Empty (the default)
     * lets the diagram show the original GAN's or the critic's game.
     *
     * @param params the variant's own parameter values (its loss choice, its constants)
     * @since 2 (added so that every variant's diagram shows its own losses)
     */
    default String objective(Params params) {
        return "";
    }
}
