package org.gansim.api;


/**
 * A plugin that provides a kind of GAN: its losses, optimizers and training step.
 *
 * <p>Example: the skeleton of a variant (see the built-in vanilla GAN for a full one).
 * <pre>{@code
 * public final class MyVariant implements GanVariant {
 *     public String id() { return "my-gan"; }
 *     public int apiVersion() { return ApiVersion.CURRENT; }
 *     public List<ParamSpec> params() {
 *         return List.of(ParamSpec.decimal("lr_d", "D learning rate", 2e-4, 1e-6, 1).logScale());
 *     }
 *     public Gan create(GanSetup setup) {
 *         return new MyGan(setup);   // builds G and D with org.gansim.api.nn.Mlp
 *     }
 * }
 * }</pre>
 * where {@code MyGan} extends {@link org.gansim.api.support.MlpGan}, which builds both
 * networks and their optimizers, and writes only the two losses:
 * <pre>{@code
 * final class MyGan extends MlpGan {
 *     MyGan(GanSetup setup) { super(setup, NetworkShape.standard()); }
 *     public StepReport discriminatorStep(Batch real, Batch latent) {
 *         Tensor realLogits = discriminate(points(real), real);
 *         Tensor fakeLogits = discriminate(generate(latent).detach(), latent);
 *         Tensor loss = Losses.bceWithLogits(realLogits, 1).add(Losses.bceWithLogits(fakeLogits, 0));
 *         updateDiscriminator(loss);
 *         return discriminatorReport(loss, realLogits, fakeLogits, 0);
 *     }
 *     public StepReport generatorStep(Batch latent) {
 *         Tensor fake = generate(latent);
 *         Tensor logits = discriminate(fake, latent);
 *         Tensor loss = Losses.nonSaturatingGenerator(logits);
 *         updateGenerator(loss, fake, logits.rows());
 *         return StepReport.empty().with(StepReport.G_LOSS, loss.item());
 *     }
 * }
 * }</pre>
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
}
