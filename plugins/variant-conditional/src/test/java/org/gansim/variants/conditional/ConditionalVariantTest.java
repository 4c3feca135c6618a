package org.gansim.variants.conditional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.gansim.api.GanVariant;
import org.gansim.api.ModeSet;
import org.gansim.api.training.CoverageRun;
import org.gansim.api.metrics.ModeCoverage;
import org.gansim.api.testkit.GanVariantContract;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.GanSetup;
import org.gansim.api.LatentPrior;
import org.gansim.distributions.Ring;
import org.junit.jupiter.api.Test;

/** The conditional GAN (Mirza and Osindero 2014) on the labelled ring: class c of ring8 is mode c. */
class ConditionalVariantTest implements GanVariantContract {

    @Override
    public GanVariant createVariant() {
        return new ConditionalVariant();
    }

    /**
     * What a conditional GAN is for (Mirza and Osindero 2014): asked for class c, it draws class c.
     * On the labelled benchmark ring (class c is mode c), at least 90% of the high-quality samples
     * generated for each class c lie nearest to mode c; a generator that ignored its label would put
     * about one in eight there. A few hundred steps suffice: every seed tried gets 100% by step 300.
     */
    @Test
    void askedForClassCItsHighQualitySamplesAreNearestToModeC() {
        CoverageRun run = CoverageRun.start(new Ring(), new ConditionalVariant(), 1,
                "target.radius=1", "target.std=0.01").train(500);
        ModeSet modes = run.sampler().modes().orElseThrow();
        FrozenGan generator = run.gan().freeze();
        int n = ModeCoverage.BENCHMARK_SAMPLES;
        for (int c = 0; c < modes.count(); c++) {
            int[] askForC = new int[n];
            Arrays.fill(askForC, c);
            Batch latent = run.loop().latentBatch(n, new SplittableRandom(100 + c)).withLabels(askForC);
            int[] histogram = ModeCoverage.highQualityHistogram(modes, Batch.of(2, generator.generate(latent)));
            int highQuality = Arrays.stream(histogram).sum();
            assertTrue(highQuality >= 100, "class " + c + ": only " + highQuality + " of " + n
                    + " samples are high quality, too few to judge");
            assertTrue(histogram[c] >= 0.9 * highQuality, "class " + c + ": " + histogram[c] + " of "
                    + highQuality + " high-quality samples are nearest to mode " + c + ": " + Arrays.toString(histogram));
        }
    }

    @Test
    void showClassMakesTheViewsGeneratorDrawOnlyThatClass() {
        CoverageRun all = CoverageRun.start(new Ring(), new ConditionalVariant(), 2).train(5);
        CoverageRun three = CoverageRun.start(new Ring(), new ConditionalVariant(), 2, "variant.show_class=3").train(5);
        double[] z = LatentPrior.GAUSSIAN.sample(4, 2, new SplittableRandom(1));
        Batch mixed = new Batch(2, z, new int[] {0, 1, 2, 3});
        Batch allThree = new Batch(2, z, new int[] {3, 3, 3, 3});
        assertArrayEquals(all.gan().freeze().generate(allThree), three.gan().freeze().generate(mixed), 0);
    }

    @Test
    void refusesAnUnlabelledTargetAndAClassTheTargetLacks() {
        ConditionalVariant cgan = new ConditionalVariant();
        CoverageRun run = CoverageRun.start(new Ring(), cgan, 2);
        GanSetup unlabelled = new GanSetup(2, 0, 2, LatentPrior.GAUSSIAN, run.setup().generatorHidden(),
                run.setup().discriminatorHidden(), run.setup().params(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cgan.create(unlabelled));
        assertTrue(e.getMessage().contains("labelled"), e.getMessage());

        IllegalArgumentException tooHigh = assertThrows(IllegalArgumentException.class,
                () -> run.gan().updateParams(run.setup().params().with(ConditionalVariant.SHOW_CLASS, 8)));
        assertEquals("show_class must be -1 (every class) or a class from 0 to 7 of this target, got 8",
                tooHigh.getMessage());
    }
}
