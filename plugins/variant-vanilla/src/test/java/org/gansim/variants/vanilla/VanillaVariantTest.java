package org.gansim.variants.vanilla;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gansim.api.GanVariant;
import org.gansim.api.training.CoverageRun;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.GanVariantContract;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.StepReport;
import org.gansim.distributions.Ring;
import org.junit.jupiter.api.Test;

/** The vanilla GAN's losses against formulas evaluated independently on frozen copies of its networks. */
class VanillaVariantTest implements GanVariantContract {

    private static final double CLOSE = 1e-9;
    /** Shows the live generator, so that a frozen copy is the network the next step trains. */
    static final String RAW = "variant.show_raw_g=true";

    @Override
    public GanVariant createVariant() {
        return new VanillaVariant();
    }

    @Test
    void discriminatorLossIsTheCrossEntropyOfItsProbabilities() {
        CoverageRun run = CoverageRun.start(new Ring(), new VanillaVariant(), 3, RAW).train(20);
        Batch real = run.sampler().sample(64, new SplittableRandom(5));
        Batch latent = run.loop().latentBatch(64, new SplittableRandom(6));
        FrozenGan before = run.gan().freeze();
        double[] pReal = before.discriminate(real);
        double[] pFake = before.discriminate(Batch.of(2, before.generate(latent)));

        StepReport report = run.gan().discriminatorStep(real, latent);

        // -mean ln D(x) - mean ln(1 - D(G(z)))
        double expected = -meanLog(pReal, false) - meanLog(pFake, true);
        assertEquals(expected, report.get(StepReport.D_LOSS), CLOSE);
        assertEquals(mean(pReal), report.get(StepReport.D_REAL), CLOSE);
        assertEquals(mean(pFake), report.get(StepReport.D_FAKE), CLOSE);
        assertEquals((countAbove(pReal) + pFake.length - countAbove(pFake)) / 128.0,
                report.get(StepReport.D_ACCURACY), CLOSE);
    }

    @Test
    void oneSidedLabelSmoothingTeachesDThatRealIsRealWithProbabilityOneMinusS() {
        CoverageRun run = CoverageRun.start(new Ring(), new VanillaVariant(), 3, RAW, "variant.label_smoothing=0.1");
        Batch real = run.sampler().sample(64, new SplittableRandom(5));
        Batch latent = run.loop().latentBatch(64, new SplittableRandom(6));
        FrozenGan before = run.gan().freeze();
        double[] pReal = before.discriminate(real);
        double[] pFake = before.discriminate(Batch.of(2, before.generate(latent)));

        StepReport report = run.gan().discriminatorStep(real, latent);

        // Real target 0.9: -mean [0.9 ln D(x) + 0.1 ln(1 - D(x))]; fakes keep target 0 (one-sided).
        double expected = -0.9 * meanLog(pReal, false) - 0.1 * meanLog(pReal, true) - meanLog(pFake, true);
        assertEquals(expected, report.get(StepReport.D_LOSS), CLOSE);
    }

    @Test
    void generatorLossesAreTheMinimaxAndNonSaturatingFormulas() {
        for (String loss : new String[] {"minimax", "non-saturating"}) {
            CoverageRun run = CoverageRun.start(new Ring(), new VanillaVariant(), 4, RAW, "variant.loss=" + loss).train(10);
            Batch latent = run.loop().latentBatch(64, new SplittableRandom(8));
            FrozenGan before = run.gan().freeze();
            double[] pFake = before.discriminate(Batch.of(2, before.generate(latent)));

            StepReport report = run.gan().generatorStep(latent);

            // minimax: mean ln(1 - D(G(z))); non-saturating: -mean ln D(G(z))
            double expected = loss.equals("minimax") ? meanLog(pFake, true) : -meanLog(pFake, false);
            assertEquals(expected, report.get(StepReport.G_LOSS), CLOSE, loss);
        }
    }

    /**
     * With logit l = D's pre-sigmoid output and p = sigmoid(l), the minimax loss ln(1 - p) has gradient
     * -p grad l and the non-saturating loss -ln p has gradient -(1 - p) grad l. When D confidently
     * rejects the fakes (p near 0), the first vanishes and the second does not: why the paper
     * recommends the non-saturating loss. The frozen D's gradient of p is p (1 - p) grad l, which
     * gives an independent value of both norms.
     */
    @Test
    void minimaxGradientVanishesWhenDiscriminatorIsConfidentAndNonSaturatingDoesNot() {
        double[] norms = new double[2];
        String[] losses = {"minimax", "non-saturating"};
        for (int k = 0; k < 2; k++) {
            // A wide ring that the untrained generator's samples (near the origin) clearly miss, and a
            // quick D: only D learns, and it soon rejects the fakes with confidence.
            CoverageRun run = CoverageRun.start(new Ring(), new VanillaVariant(), 11, RAW, "variant.loss=" + losses[k],
                    "target.radius=8", "variant.lr_d=0.003");
            SplittableRandom data = new SplittableRandom(12);
            SplittableRandom noise = new SplittableRandom(13);
            StepReport dReport = null;
            for (int i = 0; i < 300; i++) {
                dReport = run.gan().discriminatorStep(run.sampler().sample(256, data), run.loop().latentBatch(256, noise));
            }
            assertTrue(dReport.get(StepReport.D_FAKE) < 0.02, "D should be confident, D(G(z)) = " + dReport);

            Batch latent = run.loop().latentBatch(256, new SplittableRandom(14));
            FrozenGan confident = run.gan().freeze();
            Batch fake = Batch.of(2, confident.generate(latent));
            double[] p = confident.discriminate(fake);
            double[] gradP = confident.discriminatorGradient(fake);
            double expected = 0;
            for (int i = 0; i < p.length; i++) {
                double gradLogitNorm = Math.hypot(gradP[2 * i], gradP[2 * i + 1]) / (p[i] * (1 - p[i]));
                expected += (k == 0 ? p[i] : 1 - p[i]) * gradLogitNorm;
            }
            expected /= p.length;

            norms[k] = run.gan().generatorStep(latent).get(StepReport.G_GRADIENT_NORM);
            assertEquals(expected, norms[k], 1e-6 * expected, losses[k]);
        }
        assertTrue(norms[0] < 0.05 * norms[1],
                "minimax gradient " + norms[0] + " should vanish next to non-saturating " + norms[1]);
    }

    @Test
    void liveParameterChangesKeepTheOptimizerState() {
        CoverageRun steady = CoverageRun.start(new Ring(), new VanillaVariant(), 21).train(30);
        CoverageRun touched = CoverageRun.start(new Ring(), new VanillaVariant(), 21).train(15);
        Params same = touched.setup().params();
        // Setting the same values (a no-op) must not restart Adam's moments.
        touched.gan().updateParams(same.with("lr_d", 0.5).with("lr_g", 0.5));
        touched.gan().updateParams(same);
        touched.train(15);
        Batch probe = steady.loop().latentBatch(16, new SplittableRandom(1));
        assertArrayEquals(steady.gan().freeze().generate(probe), touched.gan().freeze().generate(probe), 0);

        // A real change of learning rate changes the course of training.
        CoverageRun faster = CoverageRun.start(new Ring(), new VanillaVariant(), 21).train(15);
        faster.gan().updateParams(same.with("lr_g", 0.01));
        faster.train(15);
        double[] a = steady.gan().freeze().generate(probe);
        double[] b = faster.gan().freeze().generate(probe);
        assertTrue(maxDifference(a, b) > 1e-3, "a new G learning rate should change G");
    }

    /** mean ln p, or mean ln(1 - p) when {@code complement}. */
    static double meanLog(double[] p, boolean complement) {
        double sum = 0;
        for (double v : p) {
            sum += Math.log(complement ? 1 - v : v);
        }
        return sum / p.length;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static int countAbove(double[] p) {
        int n = 0;
        for (double v : p) {
            n += v > 0.5 ? 1 : 0;
        }
        return n;
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
