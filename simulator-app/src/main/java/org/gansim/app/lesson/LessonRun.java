package org.gansim.app.lesson;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.gansim.api.Snapshot;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.experiment.BadExperimentException;
import org.gansim.app.experiment.ExperimentSetup;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.PluginCalls;
import org.gansim.app.session.Simulation;

/**
 * Follows a lesson's steps without a window, exactly as a student would: apply the step's values,
 * train its steps, then make its check. The lesson tests use it to prove every check can be passed.
 *
 * <p>Owns its simulation; one thread.
 */
public final class LessonRun {

    /** A value of {@code set} under this key switches the variant (a reset), as the Variant menu does. */
    public static final String VARIANT = "variant";

    private final PluginRegistry registry;
    private Simulation simulation;

    /** Starts the lesson's experiment with the given seed (the lesson's own, or another to try it on). */
    public LessonRun(Lesson lesson, PluginRegistry registry, long seed) throws BadExperimentException {
        this.registry = registry;
        ExperimentSetup setup = ExperimentSetup.resolve(lesson.experiment(), registry, lesson.source());
        this.simulation = new Simulation(setup.settings(), seed, Simulation.DISPLAY_SAMPLES, new PluginCalls());
    }

    /**
     * Applies the step's values: live ones keep the networks; a new variant or a value that needs a
     * reset starts the networks afresh, as in the window.
     */
    public void apply(Map<String, String> set) {
        TrainingSettings settings = simulation.settings();
        boolean reset = false;
        for (Map.Entry<String, String> e : set.entrySet()) {
            if (VARIANT.equals(e.getKey())) {
                settings = settings.withVariant(registry.variant(e.getValue()).orElseThrow(
                        () -> new IllegalArgumentException("No variant '" + e.getValue() + "' is installed")));
                reset = true;
            } else {
                settings = settings.withText(e.getKey(), e.getValue());
            }
        }
        if (!reset) {
            List<String> pending = simulation.apply(settings);
            reset = !pending.isEmpty();
        }
        if (reset) {
            simulation = new Simulation(settings, simulation.seed(), Simulation.DISPLAY_SAMPLES, new PluginCalls());
        }
    }

    public void train(long steps) {
        for (long i = 0; i < steps; i++) {
            simulation.step();
        }
    }

    /** The check's value now, if it can be measured. */
    public OptionalDouble measure(LessonCheck check) {
        return check.measure(snapshot(), simulation.modes());
    }

    public boolean passes(LessonCheck check) {
        return check.passes(snapshot(), simulation.modes());
    }

    private Snapshot snapshot() {
        return simulation.snapshot(false, 0);
    }

    public Simulation simulation() {
        return simulation;
    }
}
