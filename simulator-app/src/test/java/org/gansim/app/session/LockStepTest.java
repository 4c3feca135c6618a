package org.gansim.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Predicate;
import org.gansim.api.training.TrainingSettings;
import org.gansim.fakes.BlobTarget;
import org.gansim.fakes.DriftVariant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two real sessions sharing a {@link LockStep}, one slowed down by a speed limit: the fast one must
 * wait, a pause must stop both at the same step, and a run that fails must not hold the other.
 */
class LockStepTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_LEAD = 4;

    private final LockStep lockStep = new LockStep(MAX_LEAD);
    private final Recording fastPace = new Recording(lockStep.side(0));
    private final Recording slowPace = new Recording(lockStep.side(1));
    private SimulationSession fast;
    private SimulationSession slow;

    /** Passes the lock-step's decisions on, and notes the largest lead it let its side take. */
    private static final class Recording implements StepPace {
        private final StepPace inner;
        Recording partner;
        volatile long lastAsked;
        volatile long largestLead;

        Recording(StepPace inner) {
            this.inner = inner;
        }

        @Override
        public Decision next(long stepsDone) {
            lastAsked = stepsDone;
            Decision decision = inner.next(stepsDone);
            if (decision == Decision.STEP) {
                // The partner has taken at least lastAsked steps: this bounds the lead from above.
                largestLead = Math.max(largestLead, stepsDone + 1 - partner.lastAsked);
            }
            return decision;
        }

        @Override
        public void stopped() {
            inner.stopped();
        }
    }

    @AfterEach
    void close() {
        if (fast != null) {
            fast.close();
        }
        if (slow != null) {
            slow.close();
        }
    }

    private void start(TrainingSettings fastSettings) {
        fastPace.partner = slowPace;
        slowPace.partner = fastPace;
        fast = new SimulationSession(fastSettings, 7, Runnable::run, s -> { }, fastPace);
        slow = new SimulationSession(settings(), 7, Runnable::run, s -> { }, slowPace);
        slow.setSpeedLimit(200); // the fast one alone would be thousands of steps ahead within a second
    }

    private static TrainingSettings settings(String... assignments) {
        TrainingSettings s = TrainingSettings.defaults(new BlobTarget(), new DriftVariant());
        for (String a : assignments) {
            s = s.withAssignment(a);
        }
        return s;
    }

    private void playBoth() {
        lockStep.playTogether();
        fast.play();
        slow.play();
    }

    private static SessionState await(SimulationSession session, Predicate<SessionState> condition)
            throws InterruptedException {
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

    @Test
    void theFasterRunWaitsForTheSlowerWhilePlaying() throws InterruptedException {
        start(settings());
        playBoth();
        await(slow, s -> s.step() >= 100);
        assertTrue(fastPace.largestLead <= MAX_LEAD + 1, "the fast run led by " + fastPace.largestLead);
        long fastSteps = fast.sync(TIMEOUT).step();
        long slowSteps = slow.sync(TIMEOUT).step();
        assertTrue(fastSteps - slowSteps <= MAX_LEAD + 1, "fast " + fastSteps + ", slow " + slowSteps);
    }

    @Test
    void pauseStopsBothAtTheSameStep() throws InterruptedException {
        start(settings());
        playBoth();
        await(slow, s -> s.step() >= 30);
        lockStep.pauseTogether();
        SessionState fastPaused = await(fast, s -> !s.running());
        SessionState slowPaused = await(slow, s -> !s.running());
        assertEquals(fastPaused.step(), slowPaused.step());
        Thread.sleep(200);
        assertEquals(fastPaused.step(), fast.sync(TIMEOUT).step(), "a paused run stays paused");
        assertEquals(slowPaused.step(), slow.sync(TIMEOUT).step(), "a paused run stays paused");

        playBoth(); // and they play on together after the pause
        await(slow, s -> s.step() >= slowPaused.step() + 30);
        assertTrue(fast.latest().running());
    }

    /**
     * Play pressed while the slower session is still being set up (its target takes a moment to
     * create): the set-up's own stop must not let the faster run go ahead alone.
     */
    @Test
    void aSessionStillSettingUpIsWaitedFor() throws InterruptedException {
        fastPace.partner = slowPace;
        slowPace.partner = fastPace;
        fast = new SimulationSession(settings(), 7, Runnable::run, s -> { }, fastPace);
        TrainingSettings slowToCreate = TrainingSettings.defaults(new SlowToCreate(new BlobTarget()), new DriftVariant());
        slow = new SimulationSession(slowToCreate, 7, Runnable::run, s -> { }, slowPace);
        slow.setSpeedLimit(200);
        playBoth();
        await(slow, s -> s.step() >= 20);
        assertTrue(fastPace.largestLead <= MAX_LEAD + 1, "the fast run led by " + fastPace.largestLead);
    }

    /** A target whose sampler takes 300 ms to create. */
    private record SlowToCreate(BlobTarget inner) implements org.gansim.api.TargetDistribution {
        public String id() {
            return inner.id();
        }

        public int apiVersion() {
            return inner.apiVersion();
        }

        public java.util.List<org.gansim.api.param.ParamSpec> params() {
            return inner.params();
        }

        public org.gansim.api.Sampler create(org.gansim.api.param.Params params) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return inner.create(params);
        }
    }

    @Test
    void aRunThatFailsIsNotWaitedFor() throws InterruptedException {
        start(settings("variant.fault=throw", "variant.fault_step=5"));
        playBoth();
        SessionState failed = await(fast, s -> s.problem().isPresent());
        assertFalse(failed.running());
        await(slow, s -> s.step() >= failed.step() + 50); // far beyond the lead: it went on alone
    }

    @Test
    void aLeadBelowOneStepIsRefusedWithASentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LockStep(0));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }
}
