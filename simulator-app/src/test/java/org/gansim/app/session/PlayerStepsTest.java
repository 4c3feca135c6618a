package org.gansim.app.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Arrays;
import java.util.ServiceLoader;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.GanVariant;
import org.gansim.api.Plugin;
import org.gansim.api.TargetDistribution;
import org.gansim.api.training.TrainingSettings;
import org.junit.jupiter.api.Test;

/** Step D and Step G: one player moves, the other stands still, and together they make a step. */
class PlayerStepsTest {

    private static <T extends Plugin> T find(Class<T> kind, String id) {
        for (T plugin : ServiceLoader.load(kind)) {
            if (plugin.id().equals(id)) {
                return plugin;
            }
        }
        throw new AssertionError("no built-in " + id);
    }

    private static TrainingSettings ring() {
        return TrainingSettings.defaults(find(TargetDistribution.class, "ring8"), find(GanVariant.class, "vanilla"));
    }

    private static final Batch PROBE = Batch.of(2, new double[] {0, 0, 1, 0, 0.5, -0.5});

    @Test
    void aDStepThenAGStepIsExactlyOneStep() {
        Simulation whole = new Simulation(ring(), 3, 100);
        Simulation parts = new Simulation(ring(), 3, 100);
        for (int i = 0; i < 3; i++) {
            whole.step();
            parts.stepDiscriminator();
            parts.stepGenerator();
        }
        assertEquals(3, parts.steps());
        Batch latent = Batch.of(2, new double[] {0.1, -0.2, 1, 1});
        assertArrayEquals(whole.freeze().generate(latent), parts.freeze().generate(latent), 0);
        assertArrayEquals(whole.freeze().discriminate(PROBE), parts.freeze().discriminate(PROBE), 0);
    }

    @Test
    void stepDMovesOnlyDAndStepGOnlyG() {
        Simulation s = new Simulation(ring(), 5, 100);
        Batch latent = Batch.of(2, new double[] {0.1, -0.2, 1, 1});
        FrozenGan before = s.freeze();
        s.stepDiscriminator();
        FrozenGan afterD = s.freeze();
        assertEquals(0, s.steps(), "a D step is not a generator step");
        assertArrayEquals(before.generate(latent), afterD.generate(latent), 0, "G stands still");
        assertFalse(Arrays.equals(before.discriminate(PROBE), afterD.discriminate(PROBE)), "D moved");
        s.stepGenerator();
        FrozenGan afterG = s.freeze();
        assertEquals(1, s.steps());
        assertArrayEquals(afterD.discriminate(PROBE), afterG.discriminate(PROBE), 0, "D stands still");
        assertFalse(Arrays.equals(afterD.generate(latent), afterG.generate(latent)), "G moved");
        assertEquals(1, s.history().size(), "the G step is recorded");
    }

    @Test
    void theSessionStepsOnePlayerAndStaysPaused() throws InterruptedException {
        SimulationSession session = new SimulationSession(ring(), 7, Runnable::run, state -> { });
        try {
            session.play();
            session.stepDiscriminator();
            SessionState afterD = session.sync(Duration.ofSeconds(30));
            assertFalse(afterD.running(), "Step D pauses");
            long steps = afterD.step();
            session.stepGenerator();
            assertEquals(steps + 1, session.sync(Duration.ofSeconds(30)).step());
        } finally {
            session.close();
        }
    }
}
