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

/**
 * Training settings changed in the window are followed from the next step, through the host's
 * guard around the GAN: the learning-rate schedule (which scales a learning rate moved by the
 * user too) and the precision of the layers.
 */
class LiveSettingsTest {

    private static final long SEED = 7;
    /** Half the set rates from step 1 on. */
    private static final String[] HALF_FROM_STEP_ONE =
            {"train.lr_schedule=linear", "train.lr_decay_steps=1", "train.lr_floor=0.5"};

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
                .withAssignment("model.g_hidden=8,8")
                .withAssignment("model.d_hidden=8,8")
                .withAssignment("train.batch=32");
        for (String assignment : assignments) {
            settings = settings.withAssignment(assignment);
        }
        return settings;
    }

    private static String[] with(String[] assignments, String... more) {
        String[] all = Arrays.copyOf(assignments, assignments.length + more.length);
        System.arraycopy(more, 0, all, assignments.length, more.length);
        return all;
    }

    private static double[] generated(Simulation simulation, int steps) {
        for (int i = 0; i < steps; i++) {
            simulation.step();
        }
        return simulation.snapshot(false, 0).generated().points();
    }

    @Test
    void aScheduleSetLiveGivesTheNumbersOfARunStartedWithIt() {
        Simulation window = new Simulation(settings(), SEED, 50);
        window.apply(settings(HALF_FROM_STEP_ONE));
        double[] scheduled = generated(new Simulation(settings(HALF_FROM_STEP_ONE), SEED, 50), 4);
        assertArrayEquals(scheduled, generated(window, 4));
        assertFalse(Arrays.equals(scheduled, generated(new Simulation(settings(), SEED, 50), 4)),
                "without the schedule the run ends elsewhere");
    }

    @Test
    void aLearningRateChangedLiveIsScaledByTheSchedule() {
        Simulation window = new Simulation(settings(HALF_FROM_STEP_ONE), SEED, 50);
        generated(window, 3);
        window.apply(settings(with(HALF_FROM_STEP_ONE, "variant.lr_g=4e-4")));
        double[] windowed = generated(window, 3);

        // The same by hand without a schedule: the set rates at step 0, then half of them.
        double lrD = settings().all().getDouble("variant.lr_d");
        double lrG = settings().all().getDouble("variant.lr_g");
        Simulation byHand = new Simulation(settings(), SEED, 50);
        generated(byHand, 1);
        byHand.apply(settings("variant.lr_d=" + lrD * 0.5, "variant.lr_g=" + lrG * 0.5));
        generated(byHand, 2);
        byHand.apply(settings("variant.lr_d=" + lrD * 0.5, "variant.lr_g=" + 4e-4 * 0.5));
        assertArrayEquals(generated(byHand, 3), windowed);
    }

    @Test
    void doubleChosenLiveGivesTheNumbersOfARunStartedInDouble() {
        Simulation window = new Simulation(settings(), SEED, 50);
        window.apply(settings("train.precision=double"));
        double[] startedInDouble = generated(new Simulation(settings("train.precision=double"), SEED, 50), 4);
        assertArrayEquals(startedInDouble, generated(window, 4));
        assertFalse(Arrays.equals(startedInDouble, generated(new Simulation(settings(), SEED, 50), 4)),
                "in floats, the default, the run ends elsewhere");
    }
}
