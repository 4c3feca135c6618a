package org.gansim.app.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.gansim.api.training.TrainingSettings;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;

/**
 * What the window asks of a running simulation. Commands wait in a queue and the worker applies
 * them between two training steps, so the window never touches a live model.
 *
 * <p>Immutable; created on any thread, applied on the worker.
 */
sealed interface SessionCommand {

    /** Train continuously. */
    record Play() implements SessionCommand {
    }

    /** Stop training after the current step. */
    record Pause() implements SessionCommand {
    }

    /** Pause, then take exactly one step. */
    record Step() implements SessionCommand {
    }

    /** Rebuild the run from its settings and seed: back to step 0, paused. */
    record Reset() implements SessionCommand {
    }

    /** Change one parameter, by namespaced key; live ones at once, the others at the next reset. */
    record SetParam(String key, Object value) implements SessionCommand {
    }

    /** Switch to another target (a reset). */
    record SetTarget(TargetDistribution target) implements SessionCommand {
    }

    /** Switch to another variant (a reset). */
    record SetVariant(GanVariant variant) implements SessionCommand {
    }

    /** Use another seed (a reset). */
    record SetSeed(long seed) implements SessionCommand {
    }

    /** Train at most this many steps per second while playing; 0 for as fast as possible. */
    record SetSpeedLimit(double stepsPerSecond) implements SessionCommand {
    }

    /** Publish the state once every earlier command is applied, then count down. */
    record Sync(CountDownLatch done) implements SessionCommand {
    }

    /** Replace the run with a saved one: these settings and seed, then the saved networks when given. */
    record Open(TrainingSettings settings, long seed, SavedRun run) implements SessionCommand {
    }

    /** Read something off the run between two steps (to save it), completing {@code result}. */
    record Inspect(Function<Simulation, Object> read, CompletableFuture<Object> result) implements SessionCommand {
    }

    /** End the worker. */
    record Close() implements SessionCommand {
    }
}
