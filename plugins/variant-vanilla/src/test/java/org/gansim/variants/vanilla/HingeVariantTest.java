package org.gansim.variants.vanilla;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.GanVariant;
import org.gansim.api.StepReport;
import org.gansim.api.testkit.GanVariantContract;
import org.gansim.api.training.CoverageRun;
import org.gansim.distributions.Ring;
import org.junit.jupiter.api.Test;

/** The hinge-loss GAN's losses against the formulas, evaluated independently on frozen copies of its networks. */
class HingeVariantTest implements GanVariantContract {

    private static final double CLOSE = 1e-9;
    /** Shows the live generator, so that a frozen copy is the network the next step trains. */
    private static final String RAW = "variant.show_raw_g=true";

    @Override
    public GanVariant createVariant() {
        return new HingeVariant();
    }

    @Test
    void discriminatorLossIsTheMeanHingeOnRealAndFakeScores() {
        CoverageRun run = CoverageRun.start(new Ring(), new HingeVariant(), 3, RAW).train(30);
        Batch real = run.sampler().sample(64, new SplittableRandom(5));
        Batch latent = run.loop().latentBatch(64, new SplittableRandom(6));
        FrozenGan before = run.gan().freeze();
        double[] realScores = before.discriminate(real);
        double[] fakeScores = before.discriminate(Batch.of(2, before.generate(latent)));

        StepReport report = run.gan().discriminatorStep(real, latent);

        double expected = 0;
        for (int i = 0; i < 64; i++) {
            expected += (Math.max(0, 1 - realScores[i]) + Math.max(0, 1 + fakeScores[i])) / 64;
        }
        assertEquals(expected, report.get(StepReport.D_LOSS), CLOSE);
        assertSomeInsideTheMargins(realScores, fakeScores);
    }

    /** Guards the test above against a D whose scores all sit past the margins (a loss of 0 either way). */
    private static void assertSomeInsideTheMargins(double[] realScores, double[] fakeScores) {
        int inside = 0;
        for (int i = 0; i < realScores.length; i++) {
            inside += realScores[i] < 1 ? 1 : 0;
            inside += fakeScores[i] > -1 ? 1 : 0;
        }
        assertTrue(inside > 0, "some scores should be inside the margins");
    }

    /** G's loss is -mean D(G(z)), so the push on each point is the gradient of D's score there. */
    @Test
    void generatorLossIsMinusTheMeanScoreAndItsPushIsTheScoresGradient() {
        CoverageRun run = CoverageRun.start(new Ring(), new HingeVariant(), 4, RAW).train(30);
        Batch latent = run.loop().latentBatch(64, new SplittableRandom(8));
        FrozenGan before = run.gan().freeze();
        Batch fake = Batch.of(2, before.generate(latent));
        double[] scores = before.discriminate(fake);
        double[] gradients = before.discriminatorGradient(fake);

        StepReport report = run.gan().generatorStep(latent);

        double meanScore = 0;
        double meanGradientNorm = 0;
        for (int i = 0; i < 64; i++) {
            meanScore += scores[i] / 64;
            meanGradientNorm += Math.hypot(gradients[2 * i], gradients[2 * i + 1]) / 64;
        }
        assertEquals(-meanScore, report.get(StepReport.G_LOSS), CLOSE);
        assertEquals(meanGradientNorm, report.get(StepReport.G_GRADIENT_NORM), 1e-9 * meanGradientNorm);
    }

    /**
     * The moving average of G's weights changes what is shown, never what is trained: the live
     * generator of a run with the average is the generator of the same run without it, and the raw
     * switch shows it.
     */
    @Test
    void theAverageChangesWhatIsShownNotWhatIsTrained() {
        CoverageRun averaged = CoverageRun.start(new Ring(), new HingeVariant(), 9, "variant.g_average=0.99").train(200);
        CoverageRun plain = CoverageRun.start(new Ring(), new HingeVariant(), 9, "variant.g_average=0").train(200);
        Batch probe = plain.loop().latentBatch(32, new SplittableRandom(1));
        double[] shown = averaged.gan().freeze().generate(probe);
        double[] live = plain.gan().freeze().generate(probe);

        averaged.gan().updateParams(averaged.setup().params().with("show_raw_g", true));

        assertArrayEquals(live, averaged.gan().freeze().generate(probe), 0);
        double largest = 0;
        for (int i = 0; i < shown.length; i++) {
            largest = Math.max(largest, Math.abs(shown[i] - live[i]));
        }
        assertTrue(largest > 1e-3, "the average should differ from the live generator, by " + largest);
    }
}
