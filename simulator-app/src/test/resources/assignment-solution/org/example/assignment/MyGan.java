package org.example.assignment;

import org.gansim.api.nn.Tensor;
import org.gansim.api.Batch;
import org.gansim.api.GanSetup;
import org.gansim.api.StepReport;
import org.gansim.api.support.MlpGan;

/**
 * One live GAN of this assignment. The base class {@link MlpGan} builds the generator G and the
 * discriminator D (multi-layer perceptrons sized by the user), owns their optimizers and applies
 * parameter changes; this class says how each one learns, through its two losses.
 *
 * <p>D outputs a <em>logit</em> l for each sample: its probability that the sample is real is
 * sigmoid(l). Write the losses with the tensor operations of {@link Tensor} ({@code logSigmoid()},
 * {@code neg()}, {@code mean()}, {@code add(..)}, ...) so GanSim can differentiate them; the
 * optimizer step is done for you.
 *
 * <p>Used only by the training thread that created it.
 */
final class MyGan extends MlpGan {

    MyGan(GanSetup setup) {
        super(setup);
    }

    /**
     * The discriminator's loss: the binary cross-entropy of "real" on real samples and "fake" on
     * generated ones, {@code -mean log D(x) - mean log(1 - D(G(z)))}.
     *
     * @param realLogits D's logits on the real batch, one row per sample
     * @param fakeLogits D's logits on the generated batch, one row per sample
     * @return a 1x1 tensor: small when D tells real from fake with confidence
     */
    static Tensor discriminatorLoss(Tensor realLogits, Tensor fakeLogits) {
        return realLogits.logSigmoid().mean().add(fakeLogits.neg().logSigmoid().mean()).neg();
    }

    /**
     * The generator's non-saturating loss, {@code -mean log D(G(z))}: small when D takes the
     * generated samples for real. (The minimax game as written would minimise
     * {@code mean log(1 - D(G(z)))}, whose gradient vanishes while D easily rejects the fakes.)
     *
     * @param fakeLogits D's logits on the generated batch, one row per sample
     * @return a 1x1 tensor
     */
    static Tensor generatorLoss(Tensor fakeLogits) {
        return fakeLogits.logSigmoid().mean().neg();
    }

    @Override
    public StepReport discriminatorStep(Batch real, Batch latent) {
        Tensor realLogits = discriminate(points(real), real);
        // detach(): this step trains D only, so no gradient may flow back into G.
        Tensor fakeLogits = discriminate(generate(latent).detach(), latent);
        Tensor loss = discriminatorLoss(realLogits, fakeLogits);
        updateDiscriminator(loss);
        // D says "real" when its logit is above 0, i.e. its probability above 1/2.
        return discriminatorReport(loss, realLogits, fakeLogits, 0);
    }

    @Override
    public StepReport generatorStep(Batch latent) {
        Tensor fake = generate(latent);
        Tensor fakeLogits = discriminate(fake, latent);
        Tensor loss = generatorLoss(fakeLogits);
        double push = updateGenerator(loss, fake, fakeLogits.rows());
        return StepReport.empty()
                .with(StepReport.G_LOSS, loss.item())
                .with(StepReport.G_GRADIENT_NORM, push);
    }
}
