package org.gansim.variants.wgan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.gansim.api.GanVariant;
import org.gansim.api.training.CoverageRun;
import org.gansim.api.metrics.ModeCoverage;
import org.gansim.api.testkit.GanVariantContract;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.StepReport;
import org.gansim.distributions.Ring;
import org.junit.jupiter.api.Test;

/** WGAN-GP (Gulrajani et al. 2017). */
class GradientPenaltyVariantTest implements GanVariantContract {

    @Override
    public GanVariant createVariant() {
        return new GradientPenaltyVariant();
    }

    /**
     * The critic's loss is mean C(fake) - mean C(real) + lambda mean (|grad C(x^)| - 1)^2 at
     * x^ = e x + (1 - e) G(z). The test draws the same e (the step's own random stream, replayed from
     * the setup) and takes the gradients from the frozen critic: an independent evaluation.
     */
    @Test
    void criticLossAddsTheTwoSidedGradientPenaltyAtInterpolates() {
        CoverageRun run = CoverageRun.start(new Ring(), new GradientPenaltyVariant(), 9, "variant.lambda=3");
        Batch real = run.sampler().sample(32, new SplittableRandom(1));
        Batch latent = run.loop().latentBatch(32, new SplittableRandom(2));
        FrozenGan before = run.gan().freeze();
        double[] fake = before.generate(latent);
        RandomGenerator e = run.setup().stepRandom();
        double[] mixed = new double[64];
        for (int i = 0; i < 32; i++) {
            double t = e.nextDouble();
            for (int j = 0; j < 2; j++) {
                mixed[2 * i + j] = t * real.get(i, j) + (1 - t) * fake[2 * i + j];
            }
        }
        double[] gradients = before.discriminatorGradient(Batch.of(2, mixed));
        double penalty = 0;
        double meanNorm = 0;
        for (int i = 0; i < 32; i++) {
            double norm = Math.hypot(gradients[2 * i], gradients[2 * i + 1]);
            penalty += (norm - 1) * (norm - 1) / 32;
            meanNorm += norm / 32;
        }
        double realMean = ClippedWassersteinVariantTest.mean(before.discriminate(real));
        double fakeMean = ClippedWassersteinVariantTest.mean(before.discriminate(Batch.of(2, fake)));

        StepReport report = run.gan().discriminatorStep(real, latent);

        assertEquals(fakeMean - realMean + 3 * penalty, report.get(StepReport.D_LOSS), 1e-9);
        assertEquals(meanNorm, report.get(StepReport.GRADIENT_NORM), 1e-9);
        assertEquals(realMean - fakeMean, report.get(StepReport.WASSERSTEIN), 1e-9);
    }

    /**
     * On the ring benchmark of VEEGAN and PacGAN (eight Gaussians of std 0.01 on a circle of radius 1,
     * 2,500 samples), WGAN-GP at its defaults covers every mode by step 5,000 on every seed from 1 to 5,
     * and has begun to sharpen: at least 20% of the samples of G's moving average within three standard
     * deviations of a mode. Measured on seeds 1 to 10 (docs/benchmarks.md): 8 modes on all ten at step
     * 5,000 with 18% to 57% high quality, 51% to 76% at step 12,500; the authors' rate of 1e-4 sharpens
     * slowly at this scale, and the preset ring-wgan-gp-minute, checked in the app's build, is the one
     * that reaches 80% on every seed within a minute. The seeds train side by side.
     */
    @Test
    void coversTheRingBenchmarkOnEverySeedAndBeginsToSharpen() {
        List<ModeCoverage> coverages = LongStream.rangeClosed(1, 5).parallel()
                .mapToObj(seed -> CoverageRun.start(new Ring(), new GradientPenaltyVariant(), seed,
                        "target.radius=1", "target.std=0.01").train(5_000).coverage())
                .toList();
        for (ModeCoverage coverage : coverages) {
            assertTrue(coverage.modesCaptured() == 8 && coverage.highQualityShare() >= 0.2,
                    "WGAN-GP on seeds 1 to 5: " + coverages);
        }
    }

    /**
     * The penalty only works if its own gradient, a second derivative of the critic, is right: trained
     * against a fixed generator with the paper's lambda = 10, the critic's gradient norm between the
     * two distributions settles at 1.
     */
    @Test
    void thePenaltyDrivesTheCriticsGradientNormToOne() {
        CoverageRun run = CoverageRun.start(new Ring(), new GradientPenaltyVariant(), 3, "variant.lambda=10");
        SplittableRandom data = new SplittableRandom(4);
        SplittableRandom noise = new SplittableRandom(5);
        double first = Double.NaN;
        double norm = 0;
        int steps = 400;
        for (int i = 0; i < steps; i++) {
            StepReport r = run.gan().discriminatorStep(run.sampler().sample(128, data), run.loop().latentBatch(128, noise));
            if (i == 0) {
                first = r.get(StepReport.GRADIENT_NORM);
            }
            if (i >= steps - 50) {
                norm += r.get(StepReport.GRADIENT_NORM) / 50;
            }
        }
        assertTrue(Math.abs(first - 1) > 0.3, "the untrained critic's gradient norm should start away from 1: " + first);
        assertEquals(1, norm, 0.1, "mean gradient norm over the last 50 critic steps");
    }
}
