package org.gansim.api.support;

import org.gansim.api.nn.Autograd;
import org.gansim.api.nn.Losses;
import org.gansim.api.nn.Tensor;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.Batch;
import org.gansim.api.GanSetup;
import org.gansim.api.StepReport;

/**
 * The GAN of Goodfellow et al. (2014): D outputs the probability that a sample is real and is trained
 * with binary cross-entropy; G is trained to fool it. The same losses drive the vanilla GAN, PacGAN
 * (D judges packs of samples) and the conditional GAN (both networks see the class label); only the
 * {@link NetworkShape} differs.
 *
 * <ul>
 *   <li>D minimises {@code -mean log D(x) - mean log(1 - D(G(z)))}, computed from logits with
 *       {@link Losses#bceWithLogits} so it never takes the log of 0. With one-sided label smoothing s
 *       (Salimans et al. 2016) the real target is 1 - s instead of 1; the fake target stays 0.</li>
 *   <li>G minimises either {@code mean log(1 - D(G(z)))} ({@code minimax}, the game as written) or
 *       {@code -mean log D(G(z))} ({@code non-saturating}, the paper's practical advice): both push
 *       D(G(z)) up, but the first has almost no gradient while D confidently rejects the fakes.</li>
 * </ul>
 *
 * <p>Reads {@link #LOSS} and {@link #LABEL_SMOOTHING} (default non-saturating, no smoothing) on top of
 * the {@link VariantParams}. Used by one training thread only.
 *
 * @since 1
 */
public class CrossEntropyGan extends MlpGan {

    /** The generator loss: {@value #NON_SATURATING} or {@value #MINIMAX}. */
    public static final String LOSS = "loss";
    /** One-sided label smoothing: the real samples' target is 1 minus this. */
    public static final String LABEL_SMOOTHING = "label_smoothing";
    /** G maximises log D(G(z)). */
    public static final String NON_SATURATING = "non-saturating";
    /** G minimises log(1 - D(G(z))). */
    public static final String MINIMAX = "minimax";

    /**
     * @param setup sizes, values and seed; never null
     * @param shape labels and packing; its output must be a probability
     */
    public CrossEntropyGan(GanSetup setup, NetworkShape shape) {
        super(setup, shape);
        if (!shape.outputProbability()) {
            throw new IllegalArgumentException("Cross-entropy needs a discriminator that outputs a probability");
        }
    }

    /** The choice of generator loss. */
    public static ParamSpec lossSpec() {
        return ParamSpec.choice(LOSS, "Generator loss", NON_SATURATING, NON_SATURATING, MINIMAX)
                .describe("minimax: G minimises log(1 - D(G(z))), the game as written, whose gradient vanishes"
                        + " while D rejects the fakes; non-saturating: G maximises log D(G(z)) instead.");
    }

    /** The one-sided label smoothing amount. */
    public static ParamSpec labelSmoothingSpec() {
        return ParamSpec.decimal(LABEL_SMOOTHING, "Label smoothing", 0, 0, 0.5)
                .describe("One-sided label smoothing: D is taught that real samples are real with probability"
                        + " 1 minus this (0.1 gives the 0.9 of Salimans et al. 2016); 0 turns it off.");
    }

    @Override
    public StepReport discriminatorStep(Batch real, Batch latent) {
        Tensor realLogits = discriminate(points(real), real);
        // D's step must not move G: the generated points are computed without a graph.
        Tensor fakeLogits = discriminate(Autograd.withoutGraph(() -> generate(latent)), latent);
        Tensor loss = Losses.bceWithLogits(realLogits, 1 - labelSmoothing())
                .add(Losses.bceWithLogits(fakeLogits, 0.0));
        updateDiscriminator(loss);
        return discriminatorReport(loss, realLogits, fakeLogits, 0);
    }

    @Override
    public StepReport generatorStep(Batch latent) {
        Tensor fake = generate(latent);
        Tensor logits = discriminate(fake, latent);
        Tensor loss = minimax() ? Losses.minimaxGenerator(logits) : Losses.nonSaturatingGenerator(logits);
        double gradientNorm = updateGenerator(loss, fake, logits.rows());
        return StepReport.empty()
                .with(StepReport.G_LOSS, loss.item())
                .with(StepReport.G_GRADIENT_NORM, gradientNorm);
    }

    private boolean minimax() {
        return params().has(LOSS) && MINIMAX.equals(params().getString(LOSS));
    }

    private double labelSmoothing() {
        return params().has(LABEL_SMOOTHING) ? params().getDouble(LABEL_SMOOTHING) : 0;
    }
}
