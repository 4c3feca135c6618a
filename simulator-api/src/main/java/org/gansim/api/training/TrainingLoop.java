package org.gansim.api.training;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.gansim.api.Sampler;
import org.gansim.api.SavableRandom;
import org.gansim.api.GanSetup;
import org.gansim.api.Gan;
import org.gansim.api.LatentPrior;
import org.gansim.api.Batch;
import org.gansim.api.StepReport;
import org.gansim.api.nn.Precision;

/**
 * The shared training loop: k discriminator steps on fresh real and fake batches, then one
 * generator step. The same loop drives the window, the command line and the tests. Before each
 * step it sets the GAN's learning rates to the {@link LearningRateSchedule}'s factor for that step.
 *
 * <p>One seed drives everything through independent streams (real data, latent noise, and the seed
 * the variant initialises its networks with), so the same seed, setup and step count give the same
 * numbers, whatever else reads snapshots. Not thread-safe: one training thread owns a loop.
 *
 * @since 1
 */
public final class TrainingLoop {

    private final Sampler sampler;
    private final Gan gan;
    private final LatentPrior prior;
    private final int latentDim;
    private final int classes;
    private final SavableRandom dataRandom;
    private final SavableRandom latentRandom;
    private int batchSize;
    private int discriminatorSteps;
    private LearningRateSchedule schedule = LearningRateSchedule.NONE;
    private Precision precision = Precision.DOUBLE;
    /** The factor the GAN's learning rates are at now: 1 for a GAN just built. */
    private double appliedFactor = 1;
    private long steps;

    /**
     * @param sampler            the real data
     * @param gan                the GAN to train, built from {@link #initSeed(long)} of the same seed
     * @param setup              the setup the GAN was built with (latent size, prior, classes)
     * @param batchSize          samples per batch, at least 1
     * @param discriminatorSteps discriminator steps per generator step, at least 1
     * @param seed               the run's seed
     */
    public TrainingLoop(Sampler sampler, Gan gan, GanSetup setup, int batchSize, int discriminatorSteps,
                        long seed) {
        this.sampler = sampler;
        this.gan = gan;
        this.prior = setup.prior();
        this.latentDim = setup.latentDim();
        this.classes = setup.classes();
        SavableRandom root = new SavableRandom(seed);
        root.nextLong(); // reserved for initSeed
        this.dataRandom = root.split();
        this.latentRandom = root.split();
        setBatchSize(batchSize);
        setDiscriminatorSteps(discriminatorSteps);
    }

    /** The seed a run with {@code seed} initialises its networks with (the {@link GanSetup#seed()}). */
    public static long initSeed(long seed) {
        return new SplittableRandom(seed).nextLong();
    }

    /** Takes one training step and returns everything it measured. */
    public StepReport step() {
        StepReport report = StepReport.empty();
        for (int k = 0; k < discriminatorSteps; k++) {
            report = report.merge(discriminatorStep());
        }
        return report.merge(generatorStep());
    }

    /**
     * One discriminator update alone, on a fresh real batch and a fresh fake batch: the "Step D" of
     * the window, for watching D's decision surface change while G stands still. The count of
     * generator steps does not change. {@link #step()} is k of these and one {@link #generatorStep()},
     * drawing the same random numbers in the same order.
     */
    public StepReport discriminatorStep() {
        applySchedule();
        Batch real = sampler.sample(batchSize, dataRandom);
        if (classes == 0 && real.hasLabels()) {
            real = real.withLabels(null);
        }
        Batch fakeLatent = latentBatch(batchSize, latentRandom);
        Batch realBatch = real;
        return precision.during(() -> gan.discriminatorStep(realBatch, fakeLatent));
    }

    /** One generator update alone against the current D (the window's "Step G"); counts as a generator step. */
    public StepReport generatorStep() {
        applySchedule();
        Batch latent = latentBatch(batchSize, latentRandom);
        StepReport report = precision.during(() -> gan.generatorStep(latent));
        steps++;
        return report;
    }

    /**
     * Sets the GAN's learning rates to the schedule's factor for the coming step. Only a change is
     * passed on, so without a schedule the GAN is never asked and trains exactly as it always did.
     */
    private void applySchedule() {
        double factor = schedule.factor(steps);
        if (factor != appliedFactor) {
            gan.scaleLearningRates(factor);
            appliedFactor = factor;
        }
    }

    /**
     * Draws latent vectors, labelled with random classes when the GAN is conditional.
     *
     * @param n   how many
     * @param rng where the noise comes from
     */
    public Batch latentBatch(int n, RandomGenerator rng) {
        double[] z = prior.sample(n, latentDim, rng);
        if (classes == 0) {
            return Batch.of(latentDim, z);
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(classes);
        }
        return new Batch(latentDim, z, labels);
    }

    /** Generator steps taken so far. */
    public long steps() {
        return steps;
    }

    /**
     * Where the real-data and latent streams are now ({@code {data, latent}}), for a saved experiment
     * that must continue with the very batches the run would have drawn next.
     *
     * @since 2
     */
    public long[][] streamState() {
        return new long[][] {dataRandom.state(), latentRandom.state()};
    }

    /**
     * Puts the loop where a saved run was: its step count and the positions of its two streams,
     * from {@link #streamState()}. The GAN's own state is restored separately.
     *
     * @throws IllegalArgumentException when the steps are negative or a state is not this loop's
     * @since 2
     */
    public void restore(long steps, long[] dataState, long[] latentState) {
        if (steps < 0) {
            throw new IllegalArgumentException("A saved step count must be 0 or more, got " + steps);
        }
        long[] dataBefore = dataRandom.state();
        dataRandom.restore(dataState);
        try {
            latentRandom.restore(latentState);
        } catch (IllegalArgumentException e) {
            dataRandom.restore(dataBefore);
            throw e;
        }
        this.steps = steps;
    }

    public Gan gan() {
        return gan;
    }

    public Sampler sampler() {
        return sampler;
    }

    public int batchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("Batch size must be at least 1, got " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** The learning-rate schedule, {@link LearningRateSchedule#NONE} unless one was set. */
    public LearningRateSchedule learningRateSchedule() {
        return schedule;
    }

    /**
     * Follows another learning-rate schedule from the next step on; the factor depends on the step
     * alone, so a schedule changed mid-run jumps straight to its own factor for that step.
     *
     * @param schedule never null
     * @since 2
     */
    public void setLearningRateSchedule(LearningRateSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * The number format the networks' layers train in: {@link Precision#DOUBLE} unless one was set, as
     * {@link TrainingRun#start} does from {@code train.precision} (float by default).
     */
    public Precision precision() {
        return precision;
    }

    /**
     * Trains the networks' layers in {@code precision} from the next step on.
     *
     * @param precision never null
     * @since 2
     */
    public void setPrecision(Precision precision) {
        this.precision = Objects.requireNonNull(precision, "precision");
    }

    public int discriminatorSteps() {
        return discriminatorSteps;
    }

    public void setDiscriminatorSteps(int discriminatorSteps) {
        if (discriminatorSteps < 1) {
            throw new IllegalArgumentException("Discriminator steps must be at least 1, got " + discriminatorSteps);
        }
        this.discriminatorSteps = discriminatorSteps;
    }
}
