package org.gansim.app.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.gansim.api.Snapshot;
import org.gansim.api.nn.fast.RowSplitter;
import org.gansim.api.training.Faults;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.fakes.BlobTarget;
import org.gansim.fakes.DriftVariant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulationSessionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private SimulationSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private static TrainingSettings settings(String... assignments) {
        TrainingSettings s = TrainingSettings.defaults(new BlobTarget(), new DriftVariant());
        for (String a : assignments) {
            s = s.withAssignment(a);
        }
        return s;
    }

    private SimulationSession start(TrainingSettings settings) {
        // Deliver on the worker itself: these tests read states through latest() and sync().
        session = new SimulationSession(settings, 7, Runnable::run, state -> { });
        return session;
    }

    private SessionState sync() throws InterruptedException {
        return session.sync(TIMEOUT);
    }

    private SessionState awaitState(Predicate<SessionState> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            SessionState s = session.latest();
            if (s != null && condition.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("No such state within " + TIMEOUT + "; last: " + session.latest());
    }

    /** The same run stepped directly, as the command line does. */
    private static Snapshot headless(TrainingSettings settings, long steps) {
        Simulation simulation = new Simulation(settings, 7, Simulation.DISPLAY_SAMPLES);
        for (long i = 0; i < steps; i++) {
            simulation.step();
        }
        return simulation.snapshot(false, 0);
    }

    @Test
    void startsPausedAtStepZero() throws InterruptedException {
        start(settings());
        SessionState state = sync();
        assertEquals(0, state.step());
        assertFalse(state.running());
        assertTrue(state.snapshot().isPresent());
        assertTrue(state.problem().isEmpty());
        assertEquals(Simulation.DISPLAY_SAMPLES, state.snapshot().get().generated().size());
    }

    @Test
    void stepTakesExactlyOneStep() throws InterruptedException {
        start(settings());
        session.step();
        assertEquals(1, sync().step());
        session.step();
        session.step();
        SessionState state = sync();
        assertEquals(3, state.step());
        assertFalse(state.running());
        assertEquals(3, state.snapshot().get().history().size());
    }

    @Test
    void pauseReallyStopsTraining() throws InterruptedException {
        start(settings());
        session.play();
        awaitState(s -> s.step() >= 20);
        session.pause();
        SessionState paused = sync();
        assertFalse(paused.running());
        Thread.sleep(300);
        SessionState later = sync();
        assertEquals(paused.step(), later.step(), "no step is taken while paused");
        assertEquals(paused.step(), later.snapshot().get().history().size());
    }

    @Test
    void aSpeedLimitSlowsTrainingDownButChangesNoNumber() throws InterruptedException {
        start(settings());
        session.setSpeedLimit(20);
        session.play();
        Thread.sleep(500);
        session.pause();
        SessionState slow = sync();
        // At 20 steps per second, half a second holds at most about 11 steps (never more).
        assertTrue(slow.step() >= 1 && slow.step() <= 12, "steps: " + slow.step());
        assertArrayEquals(headless(settings(), slow.step()).generated().points(),
                slow.snapshot().get().generated().points());
        session.setSpeedLimit(0);
        session.play();
        awaitState(s -> s.step() >= slow.step() + 50);
    }

    @Test
    void theWindowSeesTheSameNumbersAsTheCommandLineWhateverTheFrameRate() throws InterruptedException {
        start(settings());
        session.play();
        awaitState(s -> s.step() >= 30);
        session.pause();
        SessionState paused = sync();
        Snapshot direct = headless(settings(), paused.step());
        assertArrayEquals(direct.generated().points(), paused.snapshot().get().generated().points(),
                "publishing snapshots while playing must not consume the training streams");
        assertArrayEquals(direct.real().points(), paused.snapshot().get().real().points());
    }

    @Test
    void resetRestartsFromStepZeroWithIdenticalNumbers() throws InterruptedException {
        start(settings());
        Snapshot initial = sync().snapshot().get();
        for (int i = 0; i < 12; i++) {
            session.step();
        }
        Snapshot first = sync().snapshot().get();
        assertEquals(12, first.step());
        assertFalse(java.util.Arrays.equals(initial.generated().points(), first.generated().points()),
                "training moves the generator");

        session.reset();
        Snapshot reset = sync().snapshot().get();
        assertEquals(0, reset.step());
        assertEquals(0, reset.history().size());
        assertArrayEquals(initial.generated().points(), reset.generated().points());

        for (int i = 0; i < 12; i++) {
            session.step();
        }
        Snapshot again = sync().snapshot().get();
        assertArrayEquals(first.generated().points(), again.generated().points());
        assertArrayEquals(first.history().series("d_loss"), again.history().series("d_loss"));
    }

    @Test
    void anotherSeedGivesAnotherRun() throws InterruptedException {
        start(settings());
        session.step();
        Snapshot seven = sync().snapshot().get();
        session.setSeed(8);
        session.step();
        SessionState eight = sync();
        assertEquals(8, eight.seed());
        assertEquals(1, eight.step());
        assertFalse(java.util.Arrays.equals(seven.generated().points(), eight.snapshot().get().generated().points()));
    }

    @Test
    void aPluginThatThrowsPausesWithItsIdAndMessage() throws InterruptedException {
        start(settings("variant.fault=throw", "variant.fault_step=5"));
        session.play();
        SessionState failed = awaitState(s -> s.problem().isPresent());
        assertFalse(failed.running());
        assertEquals(4, failed.step(), "the failed step is not counted");
        String message = failed.problem().get();
        assertTrue(message.contains("Plugin 'drift'"), message);
        assertTrue(message.contains("boom at step 5"), message);

        // The session stays usable: repair the plugin's setting and go on.
        session.setParam("variant.fault", "none");
        session.step();
        SessionState repaired = sync();
        assertTrue(repaired.problem().isEmpty(), repaired.problem().toString());
        assertEquals(5, repaired.step());
    }

    @Test
    void aNanReportPausesWithAMessage() throws InterruptedException {
        start(settings("variant.fault=nan", "variant.fault_step=3"));
        session.play();
        SessionState failed = awaitState(s -> s.problem().isPresent());
        assertFalse(failed.running());
        assertEquals(2, failed.step());
        // The window shows this sentence when it pauses; in the first steps it points at the loss first.
        assertEquals("Plugin 'drift' reported g_loss=NaN in a generator step: " + Faults.nonFinite(3),
                failed.problem().get());
        assertTrue(failed.problem().get().contains("rarely the learning rate"), failed.problem().get());
    }

    @Test
    void aWrongShapedBatchPausesWithAMessage() throws InterruptedException {
        start(settings("target.shape_fault=true"));
        SessionState state = sync();
        // The drawing sample is the first batch drawn: the run cannot even be built.
        assertTrue(state.snapshot().isEmpty());
        assertTrue(state.problem().get().startsWith("Plugin 'blob' returned 1001 points of dimension 2 when asked"
                + " for 1000"), state.problem().get());
        session.setParam("target.shape_fault", false);
        session.reset();
        session.step();
        SessionState repaired = sync();
        assertEquals(1, repaired.step());
        assertTrue(repaired.problem().isEmpty());
    }

    @Test
    void aGeneratorOfTheWrongShapePausesWithAMessage() throws InterruptedException {
        start(settings("variant.fault=shape", "variant.fault_step=3"));
        session.play();
        SessionState failed = awaitState(s -> s.problem().isPresent());
        assertFalse(failed.running());
        // The drawing sample of 1000 two-dimensional points comes back one point short.
        int expected = 2 * Simulation.DISPLAY_SAMPLES;
        assertEquals("Plugin 'drift' returned " + (expected - 2) + " generated numbers where " + expected
                + " were expected", failed.problem().get());

        session.setParam("variant.fault", "none");
        session.step();
        SessionState repaired = sync();
        assertTrue(repaired.problem().isEmpty(), repaired.problem().toString());
    }

    @Test
    void aPluginStuckInALoopIsNamedAndTheSessionCanBeLeftBehind() throws InterruptedException {
        start(settings("variant.fault=loop", "variant.fault_step=3"));
        assertTrue(session.stuck(Duration.ZERO).isEmpty(), "nothing runs while paused");
        session.play();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (session.stuck(Duration.ofMillis(200)).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        String message = session.stuck(Duration.ofMillis(200)).orElseThrow();
        assertTrue(message.startsWith("Plugin 'drift' has not returned for "), message);
        assertTrue(message.endsWith(" s in a generator step; it may be stuck in an endless loop"), message);
        session.close(); // interrupts the stuck thread, which the fake then leaves
        session = null;
    }

    @Test
    void liveChangesKeepWhatWasLearned() throws InterruptedException {
        start(settings());
        for (int i = 0; i < 10; i++) {
            session.step();
        }
        long generation = sync().generation();
        session.setParam("variant.lr_g", 0.2);
        session.setParam("train.batch", 32);
        session.step();
        SessionState state = sync();
        assertEquals(11, state.step(), "a live change does not reset");
        assertEquals(generation, state.generation());
        assertEquals(0.2, state.snapshot().get().params().getDouble("variant.lr_g"));
        assertEquals(32, state.snapshot().get().params().getInt("train.batch"));
        assertFalse(state.resetNeeded());

        Snapshot expected = headlessWithChangeAt(10, 11);
        assertArrayEquals(expected.generated().points(), state.snapshot().get().generated().points());
    }

    /** Steps {@code before}, then applies the same live change as the test above, then steps on to {@code total}. */
    private static Snapshot headlessWithChangeAt(int before, int total) {
        Simulation simulation = new Simulation(settings(), 7, Simulation.DISPLAY_SAMPLES);
        for (int i = 0; i < before; i++) {
            simulation.step();
        }
        simulation.apply(settings("variant.lr_g=0.2", "train.batch=32"));
        for (int i = before; i < total; i++) {
            simulation.step();
        }
        return simulation.snapshot(false, 0);
    }

    @Test
    void architectureChangesWaitForAReset() throws InterruptedException {
        start(settings());
        session.step();
        session.setParam("model.latent_dim", 3);
        session.setParam("variant.width", 8);
        SessionState waiting = sync();
        assertEquals(1, waiting.step());
        assertEquals(List.of("variant.width", "model.latent_dim"), waiting.pendingReset());
        assertEquals(2, waiting.snapshot().get().latent().dimension(), "still the old networks");
        assertEquals(3, waiting.settings().latentDim(), "the chosen value is kept for the reset");

        session.reset();
        SessionState reset = sync();
        assertFalse(reset.resetNeeded());
        assertEquals(0, reset.step());
        assertEquals(3, reset.snapshot().get().latent().dimension());
        assertEquals(8, reset.snapshot().get().params().getInt("variant.width"));
    }

    @Test
    void aRejectedValueIsReportedAndChangesNothing() throws InterruptedException {
        start(settings());
        session.setParam("train.batch", 0);
        SessionState state = sync();
        assertEquals("train.batch must be an integer from 1 to 4096, got 0", state.problem().get());
        assertEquals(256, state.settings().batchSize());
        session.setParam("nope.key", 1);
        assertTrue(sync().problem().get().startsWith("Unknown parameter 'nope.key'"));
    }

    @Test
    void trainsOnOneCoreSoTheWindowKeepsTheOtherForDrawing() throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "the engine splits only with two cores");
        try (PluginRegistry registry = PluginRegistry.load(List.of())) {
            TrainingSettings reference = TrainingSettings.defaults(registry.target("ring8").orElseThrow(),
                    registry.variant("vanilla").orElseThrow());
            long beforeHeadless = RowSplitter.splitCount();
            headless(reference, 3);
            assertTrue(RowSplitter.splitCount() > beforeHeadless,
                    "at these sizes the engine splits products headless, so the check below means something");

            start(reference);
            long beforeWindow = RowSplitter.splitCount();
            session.play();
            awaitState(s -> s.step() >= 20);
            session.pause();
            sync();
            assertEquals(beforeWindow, RowSplitter.splitCount(), "the session's training thread split a product");
        }
    }

    @Test
    void aValueTheTargetRefusesIsReportedInItsOwnWordsAndTheRunGoesOn() throws InterruptedException {
        try (PluginRegistry registry = PluginRegistry.load(List.of())) {
            start(TrainingSettings.defaults(registry.target("drawn").orElseThrow(), new DriftVariant()));
            session.step();
            SessionState before = sync();
            session.setParam("target.points", "");
            SessionState refused = sync();
            assertEquals("drawn: the drawing is empty; draw at least one point.", refused.problem().get());
            assertEquals(before.settings().all().get("target.points"), refused.settings().all().get("target.points"),
                    "the drawing in force stays");
            assertTrue(refused.pendingReset().isEmpty());
            session.step();
            SessionState after = sync();
            assertEquals(2, after.step(), "training goes on with the old drawing");
            assertTrue(after.problem().isEmpty());
        }
    }

    @Test
    void aLiveTargetChangeMovesTheRealSamplesAndRebuildsTheViews() throws InterruptedException {
        start(settings());
        session.step();
        SessionState before = sync();
        session.setParam("target.centre_x", -2.0);
        SessionState after = sync();
        assertEquals(1, after.step());
        assertNotEquals(before.generation(), after.generation(), "new bounds: the views are rebuilt");
        assertEquals(3, after.context().get().bounds().maxX(), 1e-12);
        double meanX = 0;
        double[] real = after.snapshot().get().real().points();
        for (int i = 0; i < real.length; i += 2) {
            meanX += real[i] / (real.length / 2);
        }
        assertEquals(-2, meanX, 0.05);
    }

    @Test
    void switchingTheVariantStartsAFreshRun() throws InterruptedException {
        start(settings());
        session.step();
        long generation = sync().generation();
        session.setVariant(new DriftVariant("other"));
        SessionState state = sync();
        assertEquals("other", state.settings().variant().id());
        assertEquals(0, state.step());
        assertNotEquals(generation, state.generation());
    }
}
