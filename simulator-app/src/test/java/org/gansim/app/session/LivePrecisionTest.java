package org.gansim.app.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code train.precision} in the window: chosen live, it is followed from the next step. */
class LivePrecisionTest {

    private static final long SEED = 9;
    private static PluginRegistry registry;

    @BeforeAll
    static void load() {
        registry = PluginRegistry.load(List.of());
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static TrainingSettings settings(String... assignments) {
        TrainingSettings settings = TrainingSettings.defaults(registry.target("ring8").orElseThrow(),
                        registry.variant("vanilla").orElseThrow())
                .withAssignment("model.g_hidden=16,16")
                .withAssignment("model.d_hidden=16,16")
                .withAssignment("train.batch=64");
        for (String assignment : assignments) {
            settings = settings.withAssignment(assignment);
        }
        return settings;
    }

    private static double[] generated(Simulation simulation, int steps) {
        for (int i = 0; i < steps; i++) {
            simulation.step();
        }
        return simulation.snapshot(false, 0).generated().points();
    }

    @Test
    void floatChosenLiveGivesTheNumbersOfARunStartedInFloat() {
        Simulation window = new Simulation(settings(), SEED, 50);
        window.apply(settings("train.precision=float"));
        double[] startedInFloat = generated(new Simulation(settings("train.precision=float"), SEED, 50), 4);
        assertArrayEquals(startedInFloat, generated(window, 4));
        assertFalse(Arrays.equals(startedInFloat, generated(new Simulation(settings(), SEED, 50), 4)),
                "in doubles the run ends elsewhere");
    }
}
