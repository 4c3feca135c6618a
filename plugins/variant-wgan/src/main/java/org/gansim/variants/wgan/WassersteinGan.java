package org.gansim.variants.wgan;

import java.util.List;
import org.gansim.api.nn.Autograd;
import org.gansim.api.nn.Losses;
import org.gansim.api.nn.Tensor;
import org.gansim.api.Batch;
import org.gansim.api.GanSetup;
import org.gansim.api.StepReport;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.NetworkShape;

/**
 * The Wasserstein GAN (Arjovsky et al. 2017) and, with a gradient penalty, WGAN-GP (Gulrajani et al.
 * 2017). The critic has no sigmoid: it scores samples, and {@code mean C(real) - mean C(fake)}
 * estimates the Wasserstein-1 distance between the data and the generator, provided the critic is
 * 1-Lipschitz. The two variants differ only in how they keep it so:
 * <ul>
 *   <li>clipping: after every critic step each weight is clipped into [-c, c];</li>
 *   <li>gradient penalty: the critic's loss gains {@code lambda * mean (|grad C(x^)| - 1)^2} at
 *       random points x^ on the lines between real and generated samples. The penalty depends on a
 *       gradient, so its own gradient is a second derivative, taken exactly by the engine.</li>
 * </ul>
 * Used by one training thread only.
 */
class WassersteinGan extends MlpGan {

    WassersteinGan(GanSetup setup) {
        super(setup, NetworkShape.critic());
    }

    @Override
    public StepReport discriminatorStep(Batch real, Batch latent) {
        Tensor realPoints = points(real);
        Tensor fakePoints = Autograd.withoutGraph(() -> generate(latent));
        Tensor realScores = discriminate(realPoints, real);
        Tensor fakeScores = discriminate(fakePoints, latent);
        // The critic maximises mean C(real) - mean C(fake), so it minimises the negative.
        Tensor loss = Losses.wassersteinCritic(realScores, fakeScores);
        double distance = realScores.mean().item() - fakeScores.mean().item();
        Penalty penalty = penalty(realPoints, fakePoints, real);
        if (penalty != null) {
            loss = loss.add(penalty.loss());
        }
        updateDiscriminator(loss);
        afterCriticStep();
        // A critic has no fixed threshold: call "real" whatever scores above the midpoint of the two means.
        double midpoint = (realScores.mean().item() + fakeScores.mean().item()) / 2;
        StepReport report = discriminatorReport(loss, realScores, fakeScores, midpoint)
                .with(StepReport.WASSERSTEIN, distance);
        return penalty == null ? report : report.with(StepReport.GRADIENT_NORM, penalty.meanGradientNorm());
    }

    @Override
    public StepReport generatorStep(Batch latent) {
        Tensor fake = generate(latent);
        Tensor scores = discriminate(fake, latent);
        // G raises the critic's score of its samples.
        Tensor loss = scores.mean().neg();
        double gradientNorm = updateGenerator(loss, fake, scores.rows());
        return StepReport.empty()
                .with(StepReport.G_LOSS, loss.item())
                .with(StepReport.G_GRADIENT_NORM, gradientNorm);
    }

    /**
     * The term that keeps the critic Lipschitz inside its loss, or null when that is done outside the
     * loss (clipping).
     */
    Penalty penalty(Tensor realPoints, Tensor fakePoints, Batch labels) {
        return null;
    }

    /** Called after every critic update (clipping happens here). */
    void afterCriticStep() {
    }

    /** The critic's weights and biases, for tests that look at where clipping leaves them. */
    List<Tensor> criticParameters() {
        return discriminator.parameters();
    }

    /** A penalty term of the critic's loss and the mean gradient norm it measured. */
    record Penalty(Tensor loss, double meanGradientNorm) {
    }
}
