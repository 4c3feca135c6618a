package org.gansim.app.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.gansim.api.GanVariant;
import org.gansim.api.ModeSet;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.History;
import org.gansim.api.training.HistoryRecorder;
import org.gansim.api.Snapshot;
import org.gansim.api.StepReport;
import org.gansim.api.param.Params;
import org.gansim.api.training.PluginGuard;
import org.gansim.api.training.SideStream;
import org.gansim.api.training.TrainingLoop;
import org.gansim.api.training.TrainingRun;
import org.gansim.api.training.TrainingSettings;
import org.gansim.api.ViewContext;

/**
 * One training run, from a target, a variant, their settings and a seed: a {@link TrainingRun}
 * started with every plugin behind the host boundary ({@link GuardedSampler},
 * {@link GuardedGan}), the bounded history, and fixed real and latent samples for drawing.
 *
 * <p>The drawing samples come from a stream of their own, fixed when the run is built: showing a
 * snapshot never consumes the training streams, so the numbers depend only on the seed, the
 * settings and the step count. The window and the command line both train through this class.
 *
 * <p>Mutable: owned by one thread (the session's worker, or the command line's main thread).
 */
public final class Simulation {

    /** How many real and generated points a snapshot carries for drawing. */
    public static final int DISPLAY_SAMPLES = 1000;
    /** How many step reports the history keeps before thinning out. */
    public static final int HISTORY_CAPACITY = 2048;

    private final long seed;
    private final int displaySamples;
    private final PluginCalls calls;
    private final GanSetup setup;
    private final LiveSampler sampler;
    private final GuardedGan gan;
    private final TrainingLoop loop;
    private final HistoryRecorder history = new HistoryRecorder(HISTORY_CAPACITY);
    private final Batch displayLatent;
    private TrainingSettings settings;
    private Batch displayReal;
    private ViewContext context;

    /**
     * Builds a fresh run: new networks from the seed, step 0.
     *
     * @throws PluginFault              when a plugin fails while being set up
     * @throws IllegalArgumentException when the target and variant do not fit together (one sentence)
     */
    public Simulation(TrainingSettings settings, long seed, int displaySamples) {
        this(settings, seed, displaySamples, new PluginCalls());
    }

    /**
     * Builds a fresh run whose plugin calls are recorded in {@code calls}, so a plugin that never
     * returns, even while the run is being built, can be named.
     */
    public Simulation(TrainingSettings settings, long seed, int displaySamples, PluginCalls calls) {
        this.calls = calls;
        this.settings = settings;
        this.seed = seed;
        this.displaySamples = displaySamples;
        TrainingRun run = TrainingRun.start(settings, seed, new Guards(calls));
        this.sampler = (LiveSampler) run.sampler();
        this.setup = run.setup();
        this.gan = (GuardedGan) run.gan();
        this.loop = run.loop();
        GuardedSampler guarded = sampler.current;
        SplittableRandom display = displayRandom();
        display.split(); // the real points' stream; drawn again from a fresh copy when the target changes
        this.displayLatent = loop.latentBatch(displaySamples, display.split());
        this.displayReal = drawDisplayReal(guarded);
        this.context = contextFor(guarded);
    }

    /** Takes one training step (k discriminator steps, one generator step) and records it. */
    public StepReport step() {
        StepReport report = loop.step();
        history.record(loop.steps(), report);
        return report;
    }

    /** One discriminator update alone (Step D); the history and the step count stay as they are. */
    public StepReport stepDiscriminator() {
        return loop.discriminatorStep();
    }

    /** One generator update alone (Step G), recorded in the history as a step. */
    public StepReport stepGenerator() {
        StepReport report = loop.generatorStep();
        history.record(loop.steps(), report);
        return report;
    }

    /**
     * Where this run is, to save with an experiment: the step count, the training streams' positions
     * and, when the variant can say, its networks and optimizers.
     */
    public SavedRun saveRun() {
        long[][] streams = loop.streamState();
        return new SavedRun(loop.steps(), streams[0], streams[1], gan.saveState().orElse(null), history.snapshot(),
                history.stride());
    }

    /**
     * Puts a fresh run (step 0, same settings and seed as the saved one) where a saved run was, so
     * training on gives the same numbers the saved run would have given, and the charts go on from the
     * saved history.
     *
     * @throws IllegalArgumentException one sentence when the saved run does not fit this one
     */
    public void restoreRun(SavedRun saved) {
        if (loop.steps() != 0) {
            throw new IllegalStateException("A saved run is restored into a fresh run only");
        }
        if (saved.gan() == null) {
            throw new IllegalArgumentException("The saved run has no networks to continue from");
        }
        gan.restoreState(saved.gan());
        loop.restore(saved.steps(), saved.dataStream(), saved.latentStream());
        history.restore(saved.history(), saved.historyStride());
    }

    /** Generator steps taken so far. */
    public long steps() {
        return loop.steps();
    }

    /** The plugin calls this run makes on the thread that built it, to spot a stuck plugin. */
    public PluginCalls calls() {
        return calls;
    }

    /** The seed this run was built from. */
    public long seed() {
        return seed;
    }

    /** The settings in force (live changes included; changes waiting for a reset excluded). */
    public TrainingSettings settings() {
        return settings;
    }

    /** What views need to know about this run; a live change of the target's values may change it. */
    public ViewContext context() {
        return context;
    }

    /** The target's modes when it knows them. */
    public Optional<ModeSet> modes() {
        return sampler.current.modes();
    }

    /** The history recorded so far. */
    public History history() {
        return history.snapshot();
    }

    /** An immutable copy of both networks now, checked at the host boundary. */
    public FrozenGan freeze() {
        return gan.freeze();
    }

    /**
     * Draws {@code n} points from the generator as it is now.
     *
     * @param rng the latent noise's stream: not one the training uses (see {@link #outputRandom(long)})
     */
    public Batch generate(int n, RandomGenerator rng) {
        Batch latent = loop.latentBatch(n, rng);
        return new Batch(setup.dataDim(), freeze().generate(latent), latent.labels());
    }

    /**
     * A stream for drawing samples to write out after training, independent of the training streams
     * and of the drawing samples, so what is written depends only on the seed and the run.
     */
    public static RandomGenerator outputRandom(long seed) {
        return SideStream.OUTPUT.of(seed);
    }

    /**
     * The picture of this run now, for the views.
     *
     * @param running        whether training is playing
     * @param stepsPerSecond the recent speed
     */
    public Snapshot snapshot(boolean running, double stepsPerSecond) {
        FrozenGan frozen = freeze();
        Batch generated = new Batch(setup.dataDim(), frozen.generate(displayLatent), displayLatent.labels());
        return new Snapshot(loop.steps(), history.snapshot(), displayReal, displayLatent, generated, frozen,
                settings.all(), running, stepsPerSecond);
    }

    /**
     * Applies the live changes in {@code requested} between two steps, keeping every learned weight
     * and optimizer state, and tells which changed values must wait for a reset.
     *
     * @param requested the settings the user asked for (same target and variant)
     * @return the namespaced keys that differ from what is in force and need a reset to take effect
     * @throws PluginFault              when a plugin fails to take the new values
     * @throws IllegalArgumentException when the target rejects the combination of values (one sentence)
     */
    public List<String> apply(TrainingSettings requested) {
        List<String> changed = requested.changedFrom(settings);
        List<String> pending = new ArrayList<>();
        TrainingSettings applied = settings;
        boolean targetChanged = false;
        boolean variantChanged = false;
        for (String key : changed) {
            if (!requested.spec(key).live()) {
                pending.add(key);
                continue;
            }
            applied = applied.withValue(key, requested.all().get(key));
            targetChanged |= key.startsWith(TrainingSettings.TARGET + ".");
            variantChanged |= key.startsWith(TrainingSettings.VARIANT + ".");
        }
        if (targetChanged) {
            GuardedSampler replacement = GuardedSampler.create(applied.target(),
                    applied.params(TrainingSettings.TARGET), calls);
            if (replacement.dimension() != setup.dataDim() || replacement.classes() != sampler.current.classes()) {
                // The networks were built for the old shape of the data: only a reset can change it.
                for (String key : changed) {
                    if (key.startsWith(TrainingSettings.TARGET + ".") && !pending.contains(key)) {
                        pending.add(key);
                        applied = applied.withValue(key, settings.all().get(key));
                    }
                }
            } else {
                sampler.current = replacement;
                displayReal = drawDisplayReal(replacement);
                context = contextFor(replacement);
            }
        }
        if (variantChanged) {
            gan.updateParams(applied.params(TrainingSettings.VARIANT));
        }
        loop.setBatchSize(applied.batchSize());
        loop.setDiscriminatorSteps(applied.discriminatorSteps());
        loop.setLearningRateSchedule(applied.learningRateSchedule());
        loop.setPrecision(applied.precision());
        settings = applied;
        return pending;
    }

    private ViewContext contextFor(GuardedSampler from) {
        return new ViewContext(setup.dataDim(), setup.classes(), setup.latentDim(), from.bounds(), from.modes(),
                settings.target().name(), settings.variant().name(), from.density(), objective());
    }

    /** The variant's game in one line, or nothing when it does not say (or fails to: it is only a caption). */
    private String objective() {
        GanVariant variant = settings.variant();
        try {
            String text = calls.call(variant.id(), "to write out its objective",
                    () -> variant.objective(settings.params(TrainingSettings.VARIANT)));
            return text == null ? "" : text;
        } catch (PluginFault fault) {
            return "";
        }
    }

    private SplittableRandom displayRandom() {
        return SideStream.DISPLAY.of(seed);
    }

    private Batch drawDisplayReal(Sampler from) {
        return from.sample(displaySamples, displayRandom().split());
    }

    /**
     * Puts the host's guards around the run's plugins: each creation is a recorded plugin call, the
     * sampler is checked and replaceable by live target changes, the GAN is checked at every step.
     */
    private record Guards(PluginCalls calls) implements PluginGuard {

        @Override
        public Sampler sampler(TargetDistribution target, Params params) {
            return new LiveSampler(GuardedSampler.create(target, params, calls));
        }

        @Override
        public Gan gan(GanVariant variant, GanSetup setup) {
            Gan created = calls.call(variant.id(), "to create its GAN", () -> variant.create(setup));
            if (created == null) {
                throw new PluginFault(variant.id(), "returned no GAN", null);
            }
            return new GuardedGan(variant.id(), created, setup.dataDim(), setup.latentDim(), setup.classes(), calls);
        }
    }

    /** The loop's sampler, which live target changes replace between steps. Training thread only. */
    private static final class LiveSampler implements Sampler {
        private GuardedSampler current;

        LiveSampler(GuardedSampler current) {
            this.current = current;
        }

        @Override
        public int dimension() {
            return current.dimension();
        }

        @Override
        public Batch sample(int n, RandomGenerator rng) {
            return current.sample(n, rng);
        }

        @Override
        public PlotBounds bounds() {
            return current.bounds();
        }

        @Override
        public int classes() {
            return current.classes();
        }

        @Override
        public Optional<ModeSet> modes() {
            return current.modes();
        }
    }
}
