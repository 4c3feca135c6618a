package org.gansim.samples;

import java.util.List;
import org.gansim.api.ApiVersion;
import org.gansim.api.Batch;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.GanVariant;
import org.gansim.api.StepReport;
import org.gansim.api.nn.Losses;
import org.gansim.api.nn.Tensor;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.support.MlpGan;
import org.gansim.api.support.NetworkShape;
import org.gansim.api.support.VariantParams;

/**
 * A hinge-loss GAN written as a student writes an assignment, on {@link MlpGan}, and the two
 * mistakes students made in it that the old contract passed: a generator loss with the wrong sign
 * and a discriminator whose hinge terms have flipped signs.
 */
public final class HingeGans {

    private HingeGans() {
    }

    /** The right hinge GAN: D minimises mean relu(1 - D(x)) + mean relu(1 + D(G(z))); G minimises -mean D(G(z)). */
    public static class Correct implements GanVariant {
        @Override
        public String id() {
            return "hw3-hinge";
        }

        @Override
        public int apiVersion() {
            return ApiVersion.CURRENT;
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(VariantParams.optimizer(VariantParams.ADAM), VariantParams.learningRateD(2e-4),
                    VariantParams.learningRateG(2e-4), VariantParams.beta1(0.5), VariantParams.beta2(0.999));
        }

        @Override
        public Gan create(GanSetup setup) {
            return new HingeGan(setup, false, false);
        }
    }

    /** G minimises {@code fake.mean()} instead of {@code -fake.mean()}: it runs away from the data. */
    public static class GeneratorLossWrongSign extends Correct {
        @Override
        public Gan create(GanSetup setup) {
            return new HingeGan(setup, true, false);
        }
    }

    /** D minimises mean relu(1 + D(x)) + mean relu(1 - D(G(z))): it learns to call real data fake. */
    public static class FlippedHingeTerms extends Correct {
        @Override
        public Gan create(GanSetup setup) {
            return new HingeGan(setup, false, true);
        }
    }

    private static final class HingeGan extends MlpGan {
        private final boolean generatorSignWrong;
        private final boolean hingeFlipped;

        HingeGan(GanSetup setup, boolean generatorSignWrong, boolean hingeFlipped) {
            super(setup, NetworkShape.critic());
            this.generatorSignWrong = generatorSignWrong;
            this.hingeFlipped = hingeFlipped;
        }

        @Override
        public StepReport discriminatorStep(Batch real, Batch latent) {
            Tensor realScores = discriminate(points(real), real);
            Tensor fakeScores = discriminate(generate(latent).detach(), latent);
            Tensor loss = hingeFlipped
                    ? Losses.hingeFake(realScores).add(Losses.hingeReal(fakeScores))
                    : Losses.hingeReal(realScores).add(Losses.hingeFake(fakeScores));
            updateDiscriminator(loss);
            return discriminatorReport(loss, realScores, fakeScores, 0);
        }

        @Override
        public StepReport generatorStep(Batch latent) {
            Tensor fake = generate(latent);
            Tensor scores = discriminate(fake, latent);
            Tensor loss = generatorSignWrong ? scores.mean() : scores.mean().neg();
            double push = updateGenerator(loss, fake, scores.rows());
            return StepReport.empty().with(StepReport.G_LOSS, loss.item()).with(StepReport.G_GRADIENT_NORM, push);
        }
    }
}
