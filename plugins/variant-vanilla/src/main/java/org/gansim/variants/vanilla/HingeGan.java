package org.gansim.variants.vanilla;

import org.gansim.api.Batch;
import org.gansim.api.GanSetup;
import org.gansim.api.StepReport;
import org.gansim.api.nn.Losses;
import org.gansim.api.nn.Tensor;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.NetworkShape;

/**
 * The hinge-loss GAN (Lim and Ye 2017, "Geometric GAN"; the form of Miyato et al. 2018, eq. 16 and 17):
 * <pre>
 *   D minimises  mean relu(1 - D(x)) + mean relu(1 + D(G(z)))
 *   G minimises  -mean D(G(z))
 * </pre>
 * D outputs a raw score, not a probability; it says "real" above 0. A real sample scored above 1, or a
 * fake below -1, no longer moves D. Used by one training thread only.
 */
final class HingeGan extends MlpGan {

    HingeGan(GanSetup setup) {
        super(setup, NetworkShape.critic());
    }

    @Override
    public StepReport discriminatorStep(Batch real, Batch latent) {
        Tensor realScores = discriminate(points(real), real);
        Tensor fakeScores = discriminate(generate(latent).detach(), latent);
        Tensor loss = Losses.hingeReal(realScores).add(Losses.hingeFake(fakeScores));
        updateDiscriminator(loss);
        return discriminatorReport(loss, realScores, fakeScores, 0);
    }

    @Override
    public StepReport generatorStep(Batch latent) {
        Tensor fake = generate(latent);
        Tensor scores = discriminate(fake, latent);
        Tensor loss = scores.mean().neg();
        double gradientNorm = updateGenerator(loss, fake, scores.rows());
        return StepReport.empty()
                .with(StepReport.G_LOSS, loss.item())
                .with(StepReport.G_GRADIENT_NORM, gradientNorm);
    }
}
