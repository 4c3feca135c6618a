package org.gansim.api.training;

import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.GanVariant;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;

/**
 * One run made ready to train: the target's sampler, the variant's GAN built for it, and the loop
 * that drives them, all from the settings and one seed. This is the one place a run is set up (the
 * window, the command line, the metrics harness and the contract kit all start runs here), so the
 * seed is split the same way everywhere: {@link TrainingLoop#initSeed} of the seed for the networks'
 * weights, the seed itself for the loop's data and latent streams.
 *
 * <pre>{@code
 * TrainingRun run = TrainingRun.start(TrainingSettings.defaults(ring, vanilla), 42);
 * for (int i = 0; i < 1000; i++) {
 *     run.loop().step();
 * }
 * }</pre>
 *
 * @param settings every parameter value of the run
 * @param seed     the run's seed
 * @param sampler  the target's sampler, as the {@link PluginGuard} returned it
 * @param setup    what the GAN was built from
 * @param gan      the live GAN, as the {@link PluginGuard} returned it
 * @param loop     the training loop driving both; owned by one thread
 * @since 2
 */
public record TrainingRun(TrainingSettings settings, long seed, Sampler sampler, GanSetup setup, Gan gan,
                          TrainingLoop loop) {

    /**
     * Starts a run that calls its plugins directly.
     *
     * @throws IllegalArgumentException when a conditional variant is paired with an unlabelled target
     */
    public static TrainingRun start(TrainingSettings settings, long seed) {
        return start(settings, seed, PluginGuard.NONE);
    }

    /**
     * Starts a run whose plugins are created, and may be wrapped, by the host's guard.
     *
     * @param settings the values of the run; never null
     * @param seed     the run's seed
     * @param guard    creates the sampler and the GAN; never null
     * @throws IllegalArgumentException when a conditional variant is paired with an unlabelled target
     */
    public static TrainingRun start(TrainingSettings settings, long seed, PluginGuard guard) {
        TargetDistribution target = settings.target();
        GanVariant variant = settings.variant();
        Sampler sampler = guard.sampler(target, settings.params(TrainingSettings.TARGET));
        int classes = 0;
        if (variant.conditional()) {
            if (sampler.classes() < 2) {
                throw new IllegalArgumentException("Variant '" + variant.id() + "' is conditional and needs a"
                        + " labelled target; '" + target.id() + "' has no classes");
            }
            classes = sampler.classes();
        }
        GanSetup setup = settings.ganSetup(sampler.dimension(), classes, TrainingLoop.initSeed(seed));
        Gan gan = guard.gan(variant, setup);
        TrainingLoop loop = new TrainingLoop(sampler, gan, setup, settings.batchSize(),
                settings.discriminatorSteps(), seed);
        loop.setLearningRateSchedule(settings.learningRateSchedule());
        loop.setPrecision(settings.precision());
        return new TrainingRun(settings, seed, sampler, setup, gan, loop);
    }
}
