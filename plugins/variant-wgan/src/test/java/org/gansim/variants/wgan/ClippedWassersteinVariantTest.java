package org.gansim.variants.wgan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.gansim.api.GanVariant;
import org.gansim.api.training.CoverageRun;
import org.gansim.api.nn.Tensor;
import org.gansim.api.testkit.GanVariantContract;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.StepReport;
import org.gansim.distributions.Ring;
import org.junit.jupiter.api.Test;

/** WGAN with weight clipping (Arjovsky et al. 2017). */
class ClippedWassersteinVariantTest implements GanVariantContract {

    private static final double CLOSE = 1e-9;

    /** Shows the live generator, so that a frozen copy is the network the next step trains. */
    private static final String RAW = "variant.show_raw_g=true";

    @Override
    public GanVariant createVariant() {
        return new ClippedWassersteinVariant();
    }

    @Test
    void criticLossIsMinusTheWassersteinEstimate() {
        CoverageRun run = CoverageRun.start(new Ring(), new ClippedWassersteinVariant(), 5, RAW).train(5);
        Batch real = run.sampler().sample(64, new SplittableRandom(1));
        Batch latent = run.loop().latentBatch(64, new SplittableRandom(2));
        FrozenGan before = run.gan().freeze();
        assertFalse(before.discriminatorIsProbability());
        double realMean = mean(before.discriminate(real));
        double fakeMean = mean(before.discriminate(Batch.of(2, before.generate(latent))));

        StepReport report = run.gan().discriminatorStep(real, latent);

        assertEquals(realMean - fakeMean, report.get(StepReport.WASSERSTEIN), CLOSE);
        assertEquals(fakeMean - realMean, report.get(StepReport.D_LOSS), CLOSE);
        assertEquals(realMean, report.get(StepReport.D_REAL), CLOSE);
        assertEquals(fakeMean, report.get(StepReport.D_FAKE), CLOSE);
    }

    @Test
    void everyCriticWeightStaysWithinTheClipValue() {
        CoverageRun run = CoverageRun.start(new Ring(), new ClippedWassersteinVariant(), 5, "variant.clip=0.05").train(20);
        for (Tensor p : ((WassersteinGan) run.gan()).criticParameters()) {
            for (double w : p.toArray()) {
                assertTrue(Math.abs(w) <= 0.05 + 1e-15, "weight " + w);
            }
        }
    }

    /**
     * Gulrajani et al. (2017, Figure 1b): with clipping at c = 0.01 the critic's weights pile up at
     * the two ends of [-c, c]; with the gradient penalty they keep a bell shape. The initial weights
     * are far larger than c, so the first clip puts 93% of them at an end; training keeps about 70%
     * there (seed 7: 71% after 300 steps, 74% after 4,000), long after RMSprop, moving a weight by
     * about its learning rate of 5e-5 per critic step, could have carried every weight across [-c, c]
     * several times: the pile is the critic's doing, as it tries to be as steep as clipping allows.
     */
    @Test
    void clippingPilesTheCriticWeightsAtPlusAndMinusC() {
        List<Tensor> clipped = ((WassersteinGan) CoverageRun.start(new Ring(), new ClippedWassersteinVariant(), 7).train(STEPS).gan())
                .criticParameters();
        double c = 0.01;
        // Spread evenly over [-c, c], 1% of the weights would lie within 1% of an end, and half in the middle.
        assertTrue(shareAtLeast(clipped, 0.99 * c) > 0.6, "share of weights at +-c: " + shareAtLeast(clipped, 0.99 * c));
        assertTrue(shareBetween(clipped, -0.5 * c, 0.5 * c) < 0.2,
                "share of weights in the middle half: " + shareBetween(clipped, -0.5 * c, 0.5 * c));

        List<Tensor> penalised = ((WassersteinGan) CoverageRun.start(new Ring(), new GradientPenaltyVariant(), 7).train(STEPS).gan())
                .criticParameters();
        double largest = 0;
        for (Tensor p : penalised) {
            for (double w : p.toArray()) {
                largest = Math.max(largest, Math.abs(w));
            }
        }
        assertTrue(shareAtLeast(penalised, 0.99 * largest) < 0.05,
                "share of WGAN-GP weights at its extremes: " + shareAtLeast(penalised, 0.99 * largest));
    }

    /** Generator steps (5 critic steps each, 1,500 in all) before the weights are looked at. */
    private static final int STEPS = 300;

    private static double shareAtLeast(Iterable<Tensor> parameters, double threshold) {
        int near = 0;
        int all = 0;
        for (Tensor p : parameters) {
            for (double w : p.toArray()) {
                near += Math.abs(w) >= threshold ? 1 : 0;
                all++;
            }
        }
        return near / (double) all;
    }

    private static double shareBetween(Iterable<Tensor> parameters, double low, double high) {
        int inside = 0;
        int all = 0;
        for (Tensor p : parameters) {
            for (double w : p.toArray()) {
                inside += w > low && w < high ? 1 : 0;
                all++;
            }
        }
        return inside / (double) all;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
