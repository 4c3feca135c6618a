package org.gansim.variants.conditional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gansim.api.GanVariant;
import org.gansim.api.metrics.CoverageRun;
import org.gansim.api.testkit.GanVariantContract;
import org.gansim.api.training.Batch;
import org.gansim.api.training.GanSetup;
import org.gansim.api.training.LatentPrior;
import org.gansim.distributions.Ring;
import org.junit.jupiter.api.Test;

/** The conditional GAN (Mirza and Osindero 2014) on the labelled ring: class c of ring8 is mode c. */
class ConditionalGanTest implements GanVariantContract {

    @Override
    public GanVariant createVariant() {
        return new ConditionalGan();
    }

    @Test
    void showClassMakesTheViewsGeneratorDrawOnlyThatClass() {
        CoverageRun all = CoverageRun.start(new Ring(), new ConditionalGan(), 2).train(5);
        CoverageRun three = CoverageRun.start(new Ring(), new ConditionalGan(), 2, "variant.show_class=3").train(5);
        double[] z = LatentPrior.GAUSSIAN.sample(4, 2, new SplittableRandom(1));
        Batch mixed = new Batch(2, z, new int[] {0, 1, 2, 3});
        Batch allThree = new Batch(2, z, new int[] {3, 3, 3, 3});
        assertArrayEquals(all.gan().freeze().generate(allThree), three.gan().freeze().generate(mixed), 0);
    }

    @Test
    void refusesAnUnlabelledTargetAndAClassTheTargetLacks() {
        ConditionalGan cgan = new ConditionalGan();
        CoverageRun run = CoverageRun.start(new Ring(), cgan, 2);
        GanSetup unlabelled = new GanSetup(2, 0, 2, LatentPrior.GAUSSIAN, run.setup().generatorHidden(),
                run.setup().discriminatorHidden(), run.setup().params(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cgan.create(unlabelled));
        assertTrue(e.getMessage().contains("labelled"), e.getMessage());

        IllegalArgumentException tooHigh = assertThrows(IllegalArgumentException.class,
                () -> run.gan().updateParams(run.setup().params().with(ConditionalGan.SHOW_CLASS, 8)));
        assertEquals("show_class must be -1 (every class) or a class from 0 to 7 of this target, got 8",
                tooHigh.getMessage());
    }
}
