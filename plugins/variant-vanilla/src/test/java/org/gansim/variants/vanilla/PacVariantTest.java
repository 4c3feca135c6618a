package org.gansim.variants.vanilla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.gansim.api.GanVariant;
import org.gansim.api.training.CoverageRun;
import org.gansim.api.testkit.GanVariantContract;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.StepReport;
import org.gansim.distributions.Ring;
import org.junit.jupiter.api.Test;

/** PacGAN (Lin et al. 2018): the vanilla GAN's losses on a discriminator that judges packs of m samples. */
class PacVariantTest implements GanVariantContract {

    private static final double CLOSE = 1e-9;

    @Override
    public GanVariant createVariant() {
        return new PacVariant();
    }

    /**
     * D takes m samples concatenated into one input and both losses are cross-entropies over those
     * packs. A batch made of m copies of the same n samples packs sample i with its own copies, and
     * a frozen PacGAN judges a single point x as the pack (x, ..., x): so the frozen copy gives the
     * expected losses independently of the training code's packing.
     */
    @Test
    void bothLossesAreCrossEntropiesOverPacksOfMSamples() {
        for (int m = 2; m <= 4; m++) {
            CoverageRun run = CoverageRun.start(new Ring(), new PacVariant(), 3, VanillaVariantTest.RAW, "variant.pack=" + m)
                    .train(10);
            Batch real = run.sampler().sample(32, new SplittableRandom(5));
            Batch latent = run.loop().latentBatch(32, new SplittableRandom(6));
            FrozenGan before = run.gan().freeze();
            double[] pReal = before.discriminate(real);
            double[] pFake = before.discriminate(Batch.of(2, before.generate(latent)));

            StepReport d = run.gan().discriminatorStep(copies(real, m), copies(latent, m));

            // -mean ln D(pack of reals) - mean ln(1 - D(pack of fakes)), one term per pack, not per sample
            double expected = -VanillaVariantTest.meanLog(pReal, false) - VanillaVariantTest.meanLog(pFake, true);
            assertEquals(expected, d.get(StepReport.D_LOSS), CLOSE, "D loss with packs of " + m);

            FrozenGan afterD = run.gan().freeze();
            double[] pFakeNow = afterD.discriminate(Batch.of(2, afterD.generate(latent)));
            StepReport g = run.gan().generatorStep(copies(latent, m));
            // non-saturating: -mean ln D(pack of fakes)
            assertEquals(-VanillaVariantTest.meanLog(pFakeNow, false), g.get(StepReport.G_LOSS), CLOSE,
                    "G loss with packs of " + m);
        }
    }

    /** {@code m} copies of the batch one after the other. */
    private static Batch copies(Batch batch, int m) {
        double[] points = batch.points();
        double[] repeated = new double[points.length * m];
        for (int copy = 0; copy < m; copy++) {
            System.arraycopy(points, 0, repeated, copy * points.length, points.length);
        }
        return Batch.of(batch.dimension(), repeated);
    }
}
