package org.gansim.variants.vanilla;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.GanVariant;
import org.gansim.api.StepReport;
import org.gansim.api.nn.Autograd;
import org.gansim.api.nn.Tensor;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.GanVariantContract;
import org.gansim.api.training.CoverageRun;
import org.gansim.distributions.Ring;
import org.junit.jupiter.api.Test;

/**
 * The unrolled GAN against independent oracles: the game's value computed on frozen networks, D's real
 * optimizer (the unrolled steps must be the steps it would take), and central finite differences of
 * G's surrogate loss (the gradient through the unrolling).
 */
class UnrolledVariantTest implements GanVariantContract {

    /** Shows the live generator, so that a frozen copy is the network the next step trains. */
    private static final String RAW = "variant.show_raw_g=true";

    @Override
    public GanVariant createVariant() {
        return new UnrolledVariant();
    }

    /** With K = 0, G minimises the game's value against the current D: mean ln D(x) + mean ln(1 - D(G(z))). */
    @Test
    void withoutUnrollingGeneratorLossIsTheValueOfTheGame() {
        CoverageRun run = CoverageRun.start(new Ring(), new UnrolledVariant(), 3, RAW, "variant.unrolling_steps=0")
                .train(20);
        Batch real = run.sampler().sample(64, new SplittableRandom(5));
        run.gan().discriminatorStep(real, run.loop().latentBatch(64, new SplittableRandom(6)));
        Batch latent = run.loop().latentBatch(64, new SplittableRandom(7));
        FrozenGan before = run.gan().freeze();
        double[] pReal = before.discriminate(real);
        double[] pFake = before.discriminate(Batch.of(2, before.generate(latent)));

        StepReport report = run.gan().generatorStep(latent);

        double expected = VanillaVariantTest.meanLog(pReal, false) + VanillaVariantTest.meanLog(pFake, true);
        assertEquals(expected, report.get(StepReport.G_LOSS), 1e-9);
    }

    /** The objective students read is the loss G's step minimises (the test above): the game's value, not log D_K(G(z)). */
    @Test
    void theObjectiveShownIsTheGamesValueAgainstTheUnrolledD() {
        UnrolledVariant variant = new UnrolledVariant();
        String objective = variant.objective(Params.defaults(variant.params())
                .withText(UnrolledVariant.UNROLLING_STEPS, "7"));
        assertTrue(objective.contains("G: min E[log D_K(x)] + E[log(1 \u2212 D_K(G(z)))]"), objective);
        assertTrue(objective.contains("K = 7"), objective);
    }

    /** One unrolled step lands on the weights D's own Adam step reaches on the same batches. */
    @Test
    void anUnrolledStepIsTheStepDsOptimizerTakes() {
        assertUnrolledStepIsDsOwn(CoverageRun.start(new Ring(), new UnrolledVariant(), 4, RAW).train(30));
    }

    /** Under a learning-rate schedule D's optimizer steps at a fraction of lr_d (here 0.3475): so does the unrolling. */
    @Test
    void anUnrolledStepFollowsTheLearningRateSchedule() {
        assertUnrolledStepIsDsOwn(CoverageRun.start(new Ring(), new UnrolledVariant(), 4, RAW,
                "train.lr_schedule=linear", "train.lr_decay_steps=40", "train.lr_floor=0.1").train(30));
    }

    private static void assertUnrolledStepIsDsOwn(CoverageRun run) {
        UnrolledGan gan = (UnrolledGan) run.gan();
        Batch real = run.sampler().sample(64, new SplittableRandom(5));
        Batch latent = run.loop().latentBatch(64, new SplittableRandom(6));
        Tensor fake = Tensor.of(64, 2, gan.freeze().generate(latent));

        double[] unrolled = flat(gan.unroll(Tensor.of(64, 2, real.points()), fake, 1, false));
        gan.discriminatorStep(real, latent);
        double[] stepped = flat(gan.discriminatorWeights());

        assertArrayEquals(stepped, unrolled, 1e-12);
    }

    /**
     * The gradient of G's surrogate loss with respect to the generated points, taken through K = 3
     * unrolled steps, matches central finite differences of the loss; the first-order gradient, which
     * ignores how D's steps depend on the points, does not.
     */
    @Test
    void gradientThroughTheUnrollingMatchesFiniteDifferences() {
        CoverageRun run = CoverageRun.start(new Ring(), new UnrolledVariant(), 5, RAW, "variant.lr_d=0.01").train(30);
        UnrolledGan gan = (UnrolledGan) run.gan();
        Tensor real = Tensor.of(8, 2, run.sampler().sample(8, new SplittableRandom(5)).points());
        double[] points = gan.freeze().generate(run.loop().latentBatch(8, new SplittableRandom(6)));

        Tensor fake = Tensor.parameter(8, 2, points.clone());
        double[] secondOrder = Autograd.grad(surrogate(gan, real, fake, true), List.of(fake), false).get(0).toArray();
        Tensor again = Tensor.parameter(8, 2, points.clone());
        double[] firstOrder = Autograd.grad(surrogate(gan, real, again, false), List.of(again), false).get(0).toArray();

        double h = 1e-6;
        double firstOrderError = 0;
        double scale = 0;
        for (int i = 0; i < points.length; i++) {
            double[] up = points.clone();
            double[] down = points.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (surrogate(gan, real, Tensor.of(8, 2, up), false).item()
                    - surrogate(gan, real, Tensor.of(8, 2, down), false).item()) / (2 * h);
            assertEquals(numeric, secondOrder[i], 1e-5 * Math.max(1, Math.abs(numeric)), "coordinate " + i);
            firstOrderError = Math.max(firstOrderError, Math.abs(firstOrder[i] - numeric));
            scale = Math.max(scale, Math.abs(numeric));
        }
        assertTrue(firstOrderError > 1e-3 * scale,
                "the second-order term should matter here: first-order error " + firstOrderError + " of " + scale);
    }

    /** G's loss as the variant computes it: minus D's loss after three unrolled steps. */
    private static Tensor surrogate(UnrolledGan gan, Tensor real, Tensor fake, boolean secondOrder) {
        return gan.discriminatorLoss(gan.unroll(real, fake, 3, secondOrder), real, fake).neg();
    }

    private static double[] flat(List<Tensor> tensors) {
        int size = tensors.stream().mapToInt(Tensor::size).sum();
        double[] all = new double[size];
        int at = 0;
        for (Tensor t : tensors) {
            System.arraycopy(t.toArray(), 0, all, at, t.size());
            at += t.size();
        }
        return all;
    }
}
