package org.gansim.variants.vanilla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.SplittableRandom;
import org.gansim.api.GanVariant;
import org.gansim.api.training.CoverageRun;
import org.gansim.api.testkit.GanVariantContract;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.StepReport;
import org.gansim.distributions.Ring;
import org.junit.jupiter.api.Test;

/** LSGAN's squared-error losses against the formulas of Mao et al. (2017), on frozen copies of its networks. */
class LeastSquaresVariantTest implements GanVariantContract {

    private static final double CLOSE = 1e-9;

    @Override
    public GanVariant createVariant() {
        return new LeastSquaresVariant();
    }

    @Test
    void lossesAreHalfMeanSquaredErrorsAgainstTheTargets() {
        CoverageRun run = CoverageRun.start(new Ring(), new LeastSquaresVariant(), 2, VanillaVariantTest.RAW,
                "variant.a=-1", "variant.b=1", "variant.c=0.5").train(10);
        Batch real = run.sampler().sample(64, new SplittableRandom(1));
        Batch latent = run.loop().latentBatch(64, new SplittableRandom(2));
        FrozenGan before = run.gan().freeze();
        assertFalse(before.discriminatorIsProbability());
        double[] onReal = before.discriminate(real);
        double[] onFake = before.discriminate(Batch.of(2, before.generate(latent)));

        StepReport d = run.gan().discriminatorStep(real, latent);

        // 1/2 mean (D(x) - b)^2 + 1/2 mean (D(G(z)) - a)^2 with a = -1, b = 1
        assertEquals(halfMeanSquare(onReal, 1) + halfMeanSquare(onFake, -1), d.get(StepReport.D_LOSS), CLOSE);
        int correct = 0;
        for (int i = 0; i < 64; i++) {
            correct += (onReal[i] > 0 ? 1 : 0) + (onFake[i] <= 0 ? 1 : 0);
        }
        assertEquals(correct / 128.0, d.get(StepReport.D_ACCURACY), CLOSE);

        FrozenGan afterD = run.gan().freeze();
        double[] onFakeNow = afterD.discriminate(Batch.of(2, afterD.generate(latent)));
        StepReport g = run.gan().generatorStep(latent);
        // 1/2 mean (D(G(z)) - c)^2 with c = 0.5
        assertEquals(halfMeanSquare(onFakeNow, 0.5), g.get(StepReport.G_LOSS), CLOSE);
    }

    private static double halfMeanSquare(double[] values, double target) {
        double sum = 0;
        for (double v : values) {
            sum += (v - target) * (v - target);
        }
        return 0.5 * sum / values.length;
    }
}
