package org.gansim.api.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.gansim.api.GanVariant;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.LatentPrior;
import org.gansim.api.StepReport;
import org.gansim.api.training.Faults;
import org.gansim.api.training.PluginGuard;
import org.gansim.api.training.TrainingLoop;
import org.gansim.api.training.TrainingRun;
import org.gansim.api.training.TrainingSettings;

/**
 * The contract of a {@link GanVariant}, as plain checks that need no test framework.
 *
 * <pre>{@code
 * ContractReport report = GanVariantChecks.report(new MyVariant());
 * System.out.print(report.toText());
 * }</pre>
 * Plugin authors with JUnit 5 use {@link GanVariantContract} instead, which runs the same checks as
 * tests. Every check builds small networks (two hidden layers of 16, a latent size of 2, the
 * variant's default parameters), three classes for a conditional variant, and trains on a tight
 * cluster of points at (2, 2).
 *
 * <p>Each check method returns when the plugin passes and throws an {@link AssertionError} with one
 * sentence when it does not. Stateless; any thread.
 *
 * @since 1
 */
public final class GanVariantChecks {

    /** The seed every check starts from, so a failure can be reproduced. */
    public static final long SEED = 20_140_610L;
    /** How many discriminator steps the learning check allows: "a few hundred". */
    public static final int LEARNING_STEPS = 300;
    /**
     * The share of real and generated points a trained discriminator must classify correctly: well
     * above the half a coin toss gets.
     */
    public static final double SEPARATION_ACCURACY = 0.75;
    /** How many times {@link #LEARNING_STEPS} a slow discriminator gets to separate real from fake. */
    public static final int SEPARATION_ROUNDS = 4;
    /** How many generator steps the check of G's direction takes against a held discriminator. */
    public static final int GENERATOR_STEPS = 5;

    private static final int BATCH = 64;
    private static final int LATENT_DIM = 2;

    private GanVariantChecks() {
    }

    /** Every check of the contract, the common plugin checks first. */
    public static List<Check<GanVariant>> all() {
        List<Check<GanVariant>> checks = new ArrayList<>(PluginChecks.all());
        checks.add(new Check<>("creates a GAN from the defaults", GanVariantChecks::createsAGan));
        checks.add(new Check<>("a step reports finite losses", GanVariantChecks::stepsReportFiniteLosses));
        checks.add(new Check<>("works on 1-D and 2-D data", GanVariantChecks::worksOnOneAndTwoDimensionalData));
        checks.add(new Check<>("a frozen copy does not change", GanVariantChecks::frozenCopyDoesNotChange));
        checks.add(new Check<>("each step changes its own network only", GanVariantChecks::stepsChangeTheirOwnNetwork));
        checks.add(new Check<>("training is deterministic for a seed", GanVariantChecks::isDeterministicForASeed));
        checks.add(new Check<>("accepts parameter updates", GanVariantChecks::acceptsParameterUpdates));
        checks.add(new Check<>("runs in the training loop", GanVariantChecks::runsInTheTrainingLoop));
        checks.add(new Check<>("discriminator tells real from fake", GanVariantChecks::discriminatorTellsRealFromFake));
        checks.add(new Check<>("generator steps fool the held discriminator",
                GanVariantChecks::generatorStepsFoolTheHeldDiscriminator));
        return List.copyOf(checks);
    }

    /**
     * Runs every check, each with a time limit of two minutes.
     *
     * @param variant the plugin; never null
     * @return one result per check; never null
     */
    public static ContractReport report(GanVariant variant) {
        return report(variant, Reports.DEFAULT_LIMIT);
    }

    /**
     * Runs every check, each on its own thread: one that takes longer than {@code limit} fails.
     *
     * @param variant the plugin; never null
     * @param limit   the most time one check may take; never null
     * @return one result per check; never null
     */
    public static ContractReport report(GanVariant variant, Duration limit) {
        return Reports.run("variant", variant, all(), limit);
    }

    /**
     * The setup the checks build GANs with.
     *
     * @param variant the plugin, for its default parameters and whether it is conditional
     * @param dataDim 1 or 2
     * @param seed    the initialisation seed
     * @return small networks, latent size 2, Gaussian prior, three classes when conditional
     */
    public static GanSetup setup(GanVariant variant, int dataDim, long seed) {
        return new GanSetup(dataDim, variant.conditional() ? 3 : 0, LATENT_DIM, LatentPrior.GAUSSIAN,
                List.of(16, 16), List.of(16, 16), PluginChecks.defaults(variant), seed);
    }

    private static Gan create(GanVariant variant, GanSetup setup) {
        return Expect.notNull(variant.create(setup), "create(setup)");
    }

    private static EasyTarget target(GanSetup setup) {
        return new EasyTarget(setup.dataDim(), setup.classes());
    }

    private static Batch latent(GanSetup setup, int n, RandomGenerator rng) {
        double[] z = setup.prior().sample(n, setup.latentDim(), rng);
        if (!setup.conditional()) {
            return Batch.of(setup.latentDim(), z);
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % setup.classes();
        }
        return new Batch(setup.latentDim(), z, labels);
    }

    /** {@code create} builds a GAN from the default parameters. */
    public static void createsAGan(GanVariant variant) {
        create(variant, setup(variant, 2, SEED));
    }

    /**
     * One discriminator step reports finite {@code d_loss}, {@code d_real}, {@code d_fake} and
     * {@code d_accuracy}; one generator step reports a finite {@code g_loss}.
     */
    public static void stepsReportFiniteLosses(GanVariant variant) {
        GanSetup setup = setup(variant, 2, SEED);
        Gan gan = create(variant, setup);
        RandomGenerator rng = new SplittableRandom(SEED);
        StepReport d = Expect.notNull(gan.discriminatorStep(target(setup).sample(BATCH, rng), latent(setup, BATCH, rng)),
                "discriminatorStep");
        requireFinite(d, "discriminator", StepReport.D_LOSS, StepReport.D_REAL, StepReport.D_FAKE, StepReport.D_ACCURACY);
        StepReport g = Expect.notNull(gan.generatorStep(latent(setup, BATCH, rng)), "generatorStep");
        requireFinite(g, "generator", StepReport.G_LOSS);
        String bad = d.merge(g).firstNonFinite();
        Expect.that(bad == null, "a step reported " + bad + ": every reported value must be finite; "
                + Faults.nonFinite(1));
    }

    private static void requireFinite(StepReport report, String player, String... names) {
        for (String name : names) {
            Expect.that(report.values().containsKey(name), "the " + player + " step does not report " + name
                    + " (StepReport." + name.toUpperCase(java.util.Locale.ROOT) + ")");
            double value = report.get(name);
            Expect.that(Double.isFinite(value), "the first " + player + " step reported " + name + "=" + value
                    + ": " + Faults.nonFinite(1));
        }
    }

    /**
     * For 1-D and 2-D data the GAN steps, and its frozen copy has the setup's sizes and gives finite
     * outputs of the right length: D's outputs within [0, 1] when they are probabilities.
     */
    public static void worksOnOneAndTwoDimensionalData(GanVariant variant) {
        for (int dim = 1; dim <= 2; dim++) {
            GanSetup setup = setup(variant, dim, SEED);
            Gan gan = create(variant, setup);
            RandomGenerator rng = new SplittableRandom(SEED);
            gan.discriminatorStep(target(setup).sample(BATCH, rng), latent(setup, BATCH, rng));
            gan.generatorStep(latent(setup, BATCH, rng));
            FrozenGan frozen = Expect.notNull(gan.freeze(), "freeze()");
            String where = " for " + dim + "-D data";
            Expect.that(frozen.dataDim() == dim, "freeze().dataDim() is " + frozen.dataDim() + where);
            Expect.that(frozen.latentDim() == LATENT_DIM, "freeze().latentDim() is " + frozen.latentDim()
                    + " but the setup asked for " + LATENT_DIM + where);
            Expect.that(frozen.classes() == setup.classes(), "freeze().classes() is " + frozen.classes()
                    + " but the setup has " + setup.classes() + where);
            int n = 5;
            Batch points = target(setup).sample(n, rng);
            checkOutput(Expect.notNull(frozen.generate(latent(setup, n, rng)), "generate"), n * dim,
                    "generate() of " + n + " latent vectors" + where);
            double[] scores = Expect.notNull(frozen.discriminate(points), "discriminate");
            checkOutput(scores, n, "discriminate() of " + n + " points" + where);
            if (frozen.discriminatorIsProbability()) {
                for (double s : scores) {
                    Expect.that(s >= 0 && s <= 1, "discriminate() returned " + s + where
                            + ", but discriminatorIsProbability() says it returns probabilities in [0, 1]");
                }
            }
            checkOutput(Expect.notNull(frozen.discriminatorGradient(points), "discriminatorGradient"), n * dim,
                    "discriminatorGradient() of " + n + " points" + where);
        }
    }

    private static void checkOutput(double[] values, int length, String what) {
        Expect.that(values.length == length, what + " returned " + values.length + " numbers instead of " + length);
        int bad = Expect.firstNonFinite(values);
        Expect.that(bad < 0, what + " returned " + (bad < 0 ? "" : values[bad]) + " at index " + bad);
    }

    /**
     * A discriminator step changes D's outputs and not G's; a generator step changes G's outputs and
     * not D's.
     */
    public static void stepsChangeTheirOwnNetwork(GanVariant variant) {
        GanSetup setup = setup(variant, 2, SEED);
        Gan gan = create(variant, setup);
        RandomGenerator rng = new SplittableRandom(SEED);
        Batch probePoints = target(setup).sample(16, rng);
        Batch probeLatent = latent(setup, 16, rng);

        FrozenGan before = gan.freeze();
        gan.discriminatorStep(target(setup).sample(BATCH, rng), latent(setup, BATCH, rng));
        FrozenGan afterD = gan.freeze();
        Expect.that(!Arrays.equals(before.discriminate(probePoints), afterD.discriminate(probePoints)),
                "a discriminator step left D's outputs unchanged: it must update D's weights");
        Expect.that(Arrays.equals(before.generate(probeLatent), afterD.generate(probeLatent)),
                "a discriminator step changed the generator's outputs: it must update D's weights only");

        gan.generatorStep(latent(setup, BATCH, rng));
        FrozenGan afterG = gan.freeze();
        Expect.that(!Arrays.equals(afterD.generate(probeLatent), afterG.generate(probeLatent)),
                "a generator step left G's outputs unchanged: it must update G's weights");
        Expect.that(Arrays.equals(afterD.discriminate(probePoints), afterG.discriminate(probePoints)),
                "a generator step changed the discriminator's outputs: it must update G's weights only");
    }

    /** What {@code freeze()} returned keeps giving the same outputs while training goes on. */
    public static void frozenCopyDoesNotChange(GanVariant variant) {
        GanSetup setup = setup(variant, 2, SEED);
        Gan gan = create(variant, setup);
        RandomGenerator rng = new SplittableRandom(SEED);
        Batch probePoints = target(setup).sample(16, rng);
        Batch probeLatent = latent(setup, 16, rng);
        FrozenGan frozen = gan.freeze();
        double[] generated = frozen.generate(probeLatent);
        double[] scores = frozen.discriminate(probePoints);
        for (int i = 0; i < 3; i++) {
            gan.discriminatorStep(target(setup).sample(BATCH, rng), latent(setup, BATCH, rng));
            gan.generatorStep(latent(setup, BATCH, rng));
        }
        Expect.that(Arrays.equals(generated, frozen.generate(probeLatent))
                        && Arrays.equals(scores, frozen.discriminate(probePoints)),
                "a frozen copy changed when the GAN trained on: freeze() must copy the weights, not share them");
    }

    /**
     * Two GANs built with the same seed and fed the same batches report the same numbers and end with
     * the same networks; another seed starts from other networks.
     */
    public static void isDeterministicForASeed(GanVariant variant) {
        GanSetup setup = setup(variant, 2, SEED);
        Batch probeLatent = latent(setup, 16, new SplittableRandom(1));
        Batch probePoints = target(setup).sample(16, new SplittableRandom(2));
        Gan first = create(variant, setup);
        Gan second = create(variant, setup);
        RandomGenerator rngFirst = new SplittableRandom(SEED);
        RandomGenerator rngSecond = new SplittableRandom(SEED);
        for (int step = 1; step <= 3; step++) {
            StepReport a = first.discriminatorStep(target(setup).sample(BATCH, rngFirst), latent(setup, BATCH, rngFirst))
                    .merge(first.generatorStep(latent(setup, BATCH, rngFirst)));
            StepReport b = second.discriminatorStep(target(setup).sample(BATCH, rngSecond),
                    latent(setup, BATCH, rngSecond)).merge(second.generatorStep(latent(setup, BATCH, rngSecond)));
            Expect.that(a.values().equals(b.values()), "two GANs with the same seed and batches reported "
                    + a.values() + " and " + b.values() + " at step " + step
                    + ": draw every random number from setup.initRandom() or setup.stepRandom()");
        }
        Expect.that(Arrays.equals(first.freeze().generate(probeLatent), second.freeze().generate(probeLatent))
                        && Arrays.equals(first.freeze().discriminate(probePoints),
                        second.freeze().discriminate(probePoints)),
                "two GANs with the same seed and batches ended with different networks:"
                        + " draw every random number from setup.initRandom() or setup.stepRandom()");
        double[] seeded = create(variant, setup).freeze().generate(probeLatent);
        double[] otherSeed = create(variant, setup(variant, 2, SEED + 1)).freeze().generate(probeLatent);
        Expect.that(!Arrays.equals(seeded, otherSeed), "two different seeds gave the same initial generator:"
                + " initialise the weights from setup.initRandom()");
    }

    /** {@code updateParams} accepts the default values between steps, and training goes on. */
    public static void acceptsParameterUpdates(GanVariant variant) {
        GanSetup setup = setup(variant, 2, SEED);
        Gan gan = create(variant, setup);
        RandomGenerator rng = new SplittableRandom(SEED);
        gan.discriminatorStep(target(setup).sample(BATCH, rng), latent(setup, BATCH, rng));
        gan.updateParams(setup.params());
        StepReport after = gan.discriminatorStep(target(setup).sample(BATCH, rng), latent(setup, BATCH, rng))
                .merge(gan.generatorStep(latent(setup, BATCH, rng)));
        String bad = after.firstNonFinite();
        Expect.that(bad == null, "after updateParams() a step reported " + bad + ": " + Faults.nonFinite(2));
    }

    /** The shared training loop runs a few steps with the variant's own D/G step ratio. */
    public static void runsInTheTrainingLoop(GanVariant variant) {
        int dSteps = variant.defaultDiscriminatorSteps();
        Expect.that(dSteps >= 1, "defaultDiscriminatorSteps() must be at least 1, got " + dSteps);
        EasyTarget data = new EasyTarget(2, variant.conditional() ? 3 : 0);
        TrainingSettings settings = TrainingSettings.defaults(data.asDistribution(), variant)
                .withAssignment("model.g_hidden=16,16")
                .withAssignment("model.d_hidden=16,16")
                .withAssignment("model.latent_dim=" + LATENT_DIM)
                .withAssignment("model.prior=gaussian")
                .withAssignment("train.batch=32");
        TrainingLoop loop = TrainingRun.start(settings, SEED, new PluginGuard() {
            @Override
            public Gan gan(GanVariant plugin, GanSetup setup) {
                return create(plugin, setup);
            }
        }).loop();
        for (int i = 0; i < 5; i++) {
            String bad = loop.step().firstNonFinite();
            Expect.that(bad == null, "training-loop step " + (i + 1) + " reported " + bad + ": "
                    + Faults.nonFinite(i + 1));
        }
    }

    /**
     * With the generator held still, {@value #LEARNING_STEPS} discriminator steps on the same real
     * and fake batches lower the discriminator's loss; then, within at most {@value #SEPARATION_ROUNDS}
     * times as many steps, the discriminator tells fresh real points from the generator's: its mean
     * output on real points is above its mean on generated ones, and it classifies at least
     * {@value #SEPARATION_ACCURACY} of them correctly (above 1/2 for a probability; above the midpoint
     * of the two means for a critic's score).
     *
     * <p>A falling loss alone proves little: any minimised loss falls, including one whose terms have
     * the wrong signs. The direction of D's outputs is what catches those. A slow critic (WGAN-GP at
     * its default learning rate, starting from weights that rate the fakes higher) gets the extra
     * rounds to cross over.
     */
    public static void discriminatorTellsRealFromFake(GanVariant variant) {
        GanSetup setup = setup(variant, 2, SEED);
        Gan gan = create(variant, setup);
        RandomGenerator rng = new SplittableRandom(SEED);
        Batch real = target(setup).sample(BATCH, rng);
        Batch fake = latent(setup, BATCH, rng);
        Batch probeReal = target(setup).sample(256, rng);
        Batch probeLatent = latent(setup, 256, rng);
        double first = gan.discriminatorStep(real, fake).get(StepReport.D_LOSS);
        double last = trainDiscriminator(gan, real, fake, 1, LEARNING_STEPS);
        String where = " (real data in a tight cluster " + target(setup).where() + ", the generator held still) ";
        Expect.that(last < first, "after " + LEARNING_STEPS + " discriminator steps" + where + "d_loss went from "
                + Expect.number(first) + " to " + Expect.number(last) + " instead of going down: check the sign"
                + " of D's loss and that D's optimizer updates D's weights");

        int steps = LEARNING_STEPS;
        Separation separation = Separation.of(gan.freeze(), probeReal, probeLatent);
        while (!separation.separates() && steps < SEPARATION_ROUNDS * LEARNING_STEPS) {
            trainDiscriminator(gan, real, fake, steps, steps + LEARNING_STEPS);
            steps += LEARNING_STEPS;
            separation = Separation.of(gan.freeze(), probeReal, probeLatent);
        }
        String held = "after " + steps + " discriminator steps" + where;
        String output = separation.probability() ? "D's mean probability of \"real\"" : "the critic's mean score";
        Expect.that(separation.meanReal() > separation.meanFake(), held + output + " is "
                + Expect.number(separation.meanReal()) + " on real points and " + Expect.number(separation.meanFake())
                + " on generated ones: D must rate real data above generated data;"
                + " check the signs of the real and the fake terms of D's loss");
        Expect.that(separation.accuracy() >= SEPARATION_ACCURACY, held + "D classifies "
                + percent(separation.accuracy()) + " of fresh real and generated points correctly (real above "
                + Expect.number(separation.threshold()) + "), where at least " + percent(SEPARATION_ACCURACY)
                + " is expected: check D's loss and that D's optimizer updates D's weights");
    }

    /** Discriminator steps {@code from + 1} to {@code to} on the same batches; returns the last d_loss. */
    private static double trainDiscriminator(Gan gan, Batch real, Batch fake, int from, int to) {
        double loss = Double.NaN;
        for (int i = from; i < to; i++) {
            loss = gan.discriminatorStep(real, fake).get(StepReport.D_LOSS);
            Expect.that(Double.isFinite(loss), "discriminator step " + (i + 1) + " reported d_loss=" + loss
                    + ": " + Faults.nonFinite(i + 1));
        }
        return loss;
    }

    /** How well a frozen D tells real points from its generator's, on fixed probe batches. */
    private record Separation(boolean probability, double meanReal, double meanFake, double threshold,
                              double accuracy) {

        static Separation of(FrozenGan frozen, Batch probeReal, Batch probeLatent) {
            double[] onReal = frozen.discriminate(probeReal);
            double[] onFake = frozen.discriminate(generated(frozen, probeLatent));
            double meanReal = mean(onReal);
            double meanFake = mean(onFake);
            boolean probability = frozen.discriminatorIsProbability();
            double threshold = probability ? 0.5 : (meanReal + meanFake) / 2;
            return new Separation(probability, meanReal, meanFake, threshold, shareCorrect(onReal, onFake, threshold));
        }

        boolean separates() {
            return meanReal > meanFake && accuracy >= SEPARATION_ACCURACY;
        }
    }

    /**
     * With the discriminator trained a little and then held still, {@value #GENERATOR_STEPS} generator
     * steps raise the held discriminator's mean output on the generated points: G moves its samples
     * towards what D takes for real. A generator loss with the wrong sign moves them away.
     */
    public static void generatorStepsFoolTheHeldDiscriminator(GanVariant variant) {
        GanSetup setup = setup(variant, 2, SEED);
        Gan gan = create(variant, setup);
        RandomGenerator rng = new SplittableRandom(SEED);
        Batch real = target(setup).sample(BATCH, rng);
        Batch fake = latent(setup, BATCH, rng);
        for (int i = 0; i < LEARNING_STEPS / 3; i++) {
            gan.discriminatorStep(real, fake);
        }
        FrozenGan held = gan.freeze();
        double before = mean(held.discriminate(generated(held, fake)));
        for (int i = 0; i < GENERATOR_STEPS; i++) {
            double loss = gan.generatorStep(fake).get(StepReport.G_LOSS);
            Expect.that(Double.isFinite(loss), "generator step " + (i + 1) + " reported g_loss=" + loss
                    + ": " + Faults.nonFinite(i + 1));
        }
        double after = mean(held.discriminate(generated(gan.freeze(), fake)));
        String output = held.discriminatorIsProbability() ? "D's mean probability of \"real\"" : "the critic's mean score";
        Expect.that(after > before, "after " + GENERATOR_STEPS + " generator steps against a discriminator held"
                + " still, " + output + " on the generated points went from " + Expect.number(before) + " to "
                + Expect.number(after) + " instead of up: G must move its samples towards what D takes for real;"
                + " check the sign of G's loss (the optimizer minimises it)");
    }

    /** The points {@code gan}'s generator makes from {@code latent}, labelled like it. */
    private static Batch generated(FrozenGan gan, Batch latent) {
        return new Batch(gan.dataDim(), gan.generate(latent), latent.hasLabels() ? latent.labels() : null);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double shareCorrect(double[] onReal, double[] onFake, double threshold) {
        int correct = 0;
        for (double r : onReal) {
            correct += r > threshold ? 1 : 0;
        }
        for (double f : onFake) {
            correct += f < threshold ? 1 : 0;
        }
        return correct / (double) (onReal.length + onFake.length);
    }

    private static String percent(double share) {
        return Math.round(100 * share) + "%";
    }
}
