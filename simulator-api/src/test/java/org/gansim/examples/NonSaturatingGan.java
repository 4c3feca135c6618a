package org.gansim.examples;

import org.gansim.api.Batch;
import org.gansim.api.GanSetup;
import org.gansim.api.StepReport;
import org.gansim.api.nn.Losses;
import org.gansim.api.nn.Tensor;
import org.gansim.api.support.MlpGan;

/**
 * The example of {@link MlpGan}'s javadoc: the GAN {@link NonSaturatingVariant} creates. The base
 * class builds both networks and their optimizers; this class writes only the two losses.
 */
final class NonSaturatingGan extends MlpGan {

    NonSaturatingGan(GanSetup setup) {
        super(setup);
    }

    @Override
    public StepReport discriminatorStep(Batch real, Batch latent) {
        Tensor realLogits = discriminate(points(real), real);
        // detach(): this step trains D only, so no gradient may flow back into G.
        Tensor fakeLogits = discriminate(generate(latent).detach(), latent);
        Tensor loss = Losses.bceWithLogits(realLogits, 1.0).add(Losses.bceWithLogits(fakeLogits, 0.0));
        updateDiscriminator(loss);
        // D says "real" when its logit is above 0.
        return discriminatorReport(loss, realLogits, fakeLogits, 0);
    }

    @Override
    public StepReport generatorStep(Batch latent) {
        Tensor fake = generate(latent);
        Tensor logits = discriminate(fake, latent);
        Tensor loss = Losses.nonSaturatingGenerator(logits);
        double push = updateGenerator(loss, fake, logits.rows());
        return StepReport.empty()
                .with(StepReport.G_LOSS, loss.item())
                .with(StepReport.G_GRADIENT_NORM, push);
    }
}
