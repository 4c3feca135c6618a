package org.gansim.api.training;

import java.util.SplittableRandom;
import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.GanVariant;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.metrics.ModeCoverage;

/**
 * A variant trained headless on a target, the way the app trains it (started by
 * {@link TrainingRun#start}, as the app's runs are), and measured for mode coverage: what a test of
 * a variant's faithfulness needs.
 *
 * <pre>{@code
 * ModeCoverage coverage = CoverageRun.start(new Ring(), new PacVariant(), 1, "target.radius=1", "target.std=0.01")
 *         .train(2000)
 *         .coverage();
 * }</pre>
 *
 * @param settings every parameter value of the run
 * @param sampler  the target's sampler
 * @param setup    what the GAN was built from
 * @param gan      the live GAN
 * @param loop     the training loop driving it
 * @since 1
 */
public record CoverageRun(TrainingSettings settings, Sampler sampler, GanSetup setup, Gan gan, TrainingLoop loop) {

    /**
     * Builds the GAN and its loop from defaults and {@code --param} style assignments.
     *
     * @param target      the real data; never null
     * @param variant     the GAN variant; never null
     * @param seed        the run's seed
     * @param assignments values such as {@code "target.radius=1"} or {@code "variant.lr_d=1e-3"}
     * @throws IllegalArgumentException naming a wrong assignment
     */
    public static CoverageRun start(TargetDistribution target, GanVariant variant, long seed, String... assignments) {
        TrainingSettings settings = TrainingSettings.defaults(target, variant);
        for (String assignment : assignments) {
            settings = settings.withAssignment(assignment);
        }
        TrainingRun run = TrainingRun.start(settings, seed);
        return new CoverageRun(settings, run.sampler(), run.setup(), run.gan(), run.loop());
    }

    /** Takes {@code steps} training steps; returns this run. */
    public CoverageRun train(int steps) {
        for (int i = 0; i < steps; i++) {
            loop.step();
        }
        return this;
    }

    /**
     * The coverage of {@link ModeCoverage#BENCHMARK_SAMPLES} fresh samples, drawn from a stream of
     * their own so measuring never changes training.
     *
     * @throws java.util.NoSuchElementException when the target does not know its modes
     */
    public ModeCoverage coverage() {
        return ModeCoverage.ofGenerator(gan.freeze(), sampler.modes().orElseThrow(), setup.prior(),
                ModeCoverage.BENCHMARK_SAMPLES, new SplittableRandom(setup.seed() + 1));
    }
}
