package org.gansim.variants.vanilla;

import org.gansim.api.nn.Losses;
import org.gansim.api.nn.Tensor;
import org.gansim.api.Batch;
import org.gansim.api.GanSetup;
import org.gansim.api.StepReport;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.NetworkShape;

/**
 * The least-squares GAN of Mao et al. (2017): D's raw output is pulled towards b on real samples and
 * a on fakes, and G pulls D's output on its fakes towards c:
 * <pre>
 *   D minimises  1/2 mean (D(x) - b)^2 + 1/2 mean (D(G(z)) - a)^2
 *   G minimises  1/2 mean (D(G(z)) - c)^2
 * </pre>
 * Unlike cross-entropy, the squared error keeps growing for fakes far on the "real" side of D's
 * boundary, so G keeps being pulled towards the data. Used by one training thread only.
 */
final class LeastSquaresGan extends MlpGan {

    LeastSquaresGan(GanSetup setup) {
        super(setup, NetworkShape.critic());
    }

    @Override
    public StepReport discriminatorStep(Batch real, Batch latent) {
        double a = params().getDouble(LeastSquaresVariant.FAKE_TARGET);
        double b = params().getDouble(LeastSquaresVariant.REAL_TARGET);
        Tensor realOut = discriminate(points(real), real);
        Tensor fakeOut = discriminate(generate(latent).detach(), latent);
        Tensor loss = halfMeanSquare(realOut, b).add(halfMeanSquare(fakeOut, a));
        updateDiscriminator(loss);
        // D says "real" when its output is nearer b than a.
        return discriminatorReport(loss, realOut, fakeOut, (a + b) / 2, b > a);
    }

    @Override
    public StepReport generatorStep(Batch latent) {
        Tensor fake = generate(latent);
        Tensor out = discriminate(fake, latent);
        Tensor loss = halfMeanSquare(out, params().getDouble(LeastSquaresVariant.GENERATOR_TARGET));
        double gradientNorm = updateGenerator(loss, fake, out.rows());
        return StepReport.empty()
                .with(StepReport.G_LOSS, loss.item())
                .with(StepReport.G_GRADIENT_NORM, gradientNorm);
    }

    private static Tensor halfMeanSquare(Tensor outputs, double target) {
        return Losses.leastSquares(outputs, target).mul(0.5);
    }
}
