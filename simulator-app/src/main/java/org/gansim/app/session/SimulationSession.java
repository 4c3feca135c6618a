package org.gansim.app.session;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.nn.fast.RowSplitter;
import org.gansim.api.Snapshot;
import org.gansim.api.training.Faults;
import org.gansim.api.training.TrainingSettings;
import org.gansim.api.ViewContext;

/**
 * One live simulation: a worker thread that owns the {@link Simulation} and every mutable model,
 * a queue of commands from the window, and the publishing of immutable {@link SessionState}s.
 *
 * <p>The command methods ({@link #play()}, {@link #setParam}, ...) may be called from any thread,
 * usually the Swing thread; they only enqueue, and the worker applies them between two steps. The
 * worker never touches Swing: states reach the listener through a {@link SnapshotPublisher} on the
 * executor given (the Swing thread in the app), at most about 40 per second while playing and at
 * once after every command.
 *
 * <p>Faults stop at the host boundary: when a plugin throws, reports a NaN or returns a wrong shape,
 * training pauses and the state carries a message naming the plugin; the session stays usable.
 */
public final class SimulationSession implements AutoCloseable {

    private final BlockingQueue<SessionCommand> commands = new LinkedBlockingQueue<>();
    private final SnapshotPublisher<SessionState> publisher;
    private final Thread worker;
    private final StepPace pace;
    private volatile PluginCalls calls;
    private volatile boolean closed;

    // Everything below belongs to the worker thread.
    private TrainingSettings requested;
    private long seed;
    private Simulation simulation;
    private Snapshot lastSnapshot;
    private long generation;
    private boolean running;
    private List<String> pendingReset = List.of();
    private Optional<String> problem = Optional.empty();
    private final SpeedMeter speed = new SpeedMeter();
    private double speedLimit;
    private long stepIntervalNanos;
    private long nextStepNanos;

    /**
     * Builds the run and starts the worker, paused at step 0.
     *
     * @param settings the target, variant and every parameter value
     * @param seed     the seed of the run
     * @param executor where {@code listener} runs, e.g. {@code SwingUtilities::invokeLater}
     * @param listener receives every published state
     */
    public SimulationSession(TrainingSettings settings, long seed, Executor executor,
                             Consumer<SessionState> listener) {
        this(settings, seed, executor, listener, StepPace.FREE);
    }

    /**
     * Builds the run and starts the worker, paused at step 0, playing at the pace given: two
     * sessions shown side by side share a {@link LockStep} so that neither runs ahead.
     *
     * @param pace asked before each step while playing; {@link StepPace#FREE} for a session on its own
     */
    public SimulationSession(TrainingSettings settings, long seed, Executor executor,
                             Consumer<SessionState> listener, StepPace pace) {
        this.pace = pace;
        this.requested = settings;
        this.seed = seed;
        this.publisher = new SnapshotPublisher<>(executor, listener);
        // Training keeps to one core: the window's second core draws the views. Splitting a product
        // with the engine's helper thread (as `gansim run` does) made the window train slower, not
        // faster, and its spinning helper delayed the Swing thread (bench/window-rate.sh).
        this.worker = new Thread(() -> RowSplitter.onThisThread(this::work), "gansim-training");
        worker.setDaemon(true);
        worker.start();
    }

    public void play() {
        commands.add(new SessionCommand.Play());
    }

    public void pause() {
        commands.add(new SessionCommand.Pause());
    }

    /** Pauses, then takes exactly one step. */
    public void step() {
        commands.add(new SessionCommand.Step());
    }

    /** Pauses, then updates only the discriminator once. */
    public void stepDiscriminator() {
        commands.add(new SessionCommand.StepOne(true));
    }

    /** Pauses, then updates only the generator once. */
    public void stepGenerator() {
        commands.add(new SessionCommand.StepOne(false));
    }

    /** Rebuilds the run from the chosen settings and seed: step 0, paused. */
    public void reset() {
        commands.add(new SessionCommand.Reset());
    }

    /**
     * Changes one parameter: live ones take effect before the next step, keeping everything learned;
     * the others are marked as waiting for a reset. A rejected value becomes the state's problem.
     *
     * @param key   a namespaced key such as {@code variant.lr_d}
     * @param value an Integer, Double, String, Boolean or List of Integer
     */
    public void setParam(String key, Object value) {
        commands.add(new SessionCommand.SetParam(key, value));
    }

    /** Switches to another target with its default parameters, and resets. */
    public void setTarget(TargetDistribution target) {
        commands.add(new SessionCommand.SetTarget(target));
    }

    /** Switches to another variant with its default parameters, and resets. */
    public void setVariant(GanVariant variant) {
        commands.add(new SessionCommand.SetVariant(variant));
    }

    /** Switches to another seed, and resets. */
    public void setSeed(long newSeed) {
        commands.add(new SessionCommand.SetSeed(newSeed));
    }

    /**
     * Slows training down to at most {@code stepsPerSecond} while playing, so a class can watch each
     * step; 0 (the default) trains as fast as the machine allows. The numbers do not change.
     */
    public void setSpeedLimit(double stepsPerSecond) {
        commands.add(new SessionCommand.SetSpeedLimit(stepsPerSecond));
    }

    /**
     * Replaces the run with a saved one, paused: the settings and seed, then, when {@code run} is
     * given, the saved networks and streams, so Play continues where the saved run stopped.
     */
    public void open(TrainingSettings settings, long newSeed, SavedRun run) {
        commands.add(new SessionCommand.Open(settings, newSeed, run));
    }

    /**
     * Reads something off the run between two steps, on the training thread (the run belongs to it).
     * Completes exceptionally when there is no run or the reading fails.
     */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> inspect(Function<Simulation, T> read) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        commands.add(new SessionCommand.Inspect(s -> read.apply(s), result));
        return result.thenApply(o -> (T) o);
    }

    /** The newest state published; null only before the worker built the first. Any thread. */
    public SessionState latest() {
        return publisher.latest();
    }

    /**
     * Waits until the worker has applied every command sent before, and returns the state then.
     *
     * @throws IllegalStateException when the worker does not answer in time (a plugin stuck in a loop)
     */
    public SessionState sync(Duration timeout) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        commands.add(new SessionCommand.Sync(done));
        if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The training thread did not answer within " + timeout);
        }
        return publisher.latest();
    }

    /**
     * A sentence naming the plugin when one call into a plugin has run longer than {@code limit}
     * (an endless loop, most likely), else empty. Any thread.
     */
    public Optional<String> stuck(Duration limit) {
        PluginCalls c = calls;
        return c == null ? Optional.empty() : c.stuckLongerThan(limit);
    }

    /**
     * Stops the worker. When a plugin holds it in a call that does not return, the worker is
     * interrupted and left behind (a daemon thread): Java cannot stop a thread safely, so a stuck
     * plugin keeps its thread until the app exits, but the app goes on with a new session.
     */
    @Override
    public void close() {
        closed = true;
        commands.add(new SessionCommand.Close());
        if (stuck(Duration.ofSeconds(1)).isPresent()) {
            worker.interrupt();
            return;
        }
        try {
            worker.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        calls = new PluginCalls();
        rebuild();
        publish();
        try {
            while (!closed) {
                SessionCommand command = running ? nextCommandOrStep() : commands.take();
                if (command instanceof SessionCommand.Close || closed) {
                    return;
                }
                if (command != null) {
                    apply(command);
                    continue; // apply every waiting command before the next step
                }
                StepPace.Decision decision = pace.next(simulation.steps());
                if (decision == StepPace.Decision.WAIT) {
                    waitForPartner();
                    continue;
                }
                if (decision == StepPace.Decision.PAUSE) {
                    stop();
                    publish();
                    continue;
                }
                if (!trainOneStep()) {
                    publish(); // the fault's message, at once
                    continue;
                }
                long now = System.nanoTime();
                if (publisher.frameDue(now)) {
                    speed.update(now, simulation.steps());
                    publish();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * While playing: the next waiting command, or null when it is time for a step. Under a speed
     * limit the wait for the next step's time is spent listening for commands.
     */
    private SessionCommand nextCommandOrStep() throws InterruptedException {
        if (stepIntervalNanos == 0) {
            return commands.poll();
        }
        long wait = nextStepNanos - System.nanoTime();
        SessionCommand command = wait > 0 ? commands.poll(wait, TimeUnit.NANOSECONDS) : commands.poll();
        if (command == null) {
            // No bursts to catch up after a slow step: at most one step per interval.
            nextStepNanos = Math.max(nextStepNanos + stepIntervalNanos, System.nanoTime());
        }
        return command;
    }

    /** The pace says wait: listen for a command for a moment instead of spinning. */
    private void waitForPartner() throws InterruptedException {
        SessionCommand command = commands.poll(1, TimeUnit.MILLISECONDS);
        if (command instanceof SessionCommand.Close) {
            closed = true;
        } else if (command != null) {
            apply(command);
        }
    }

    private void apply(SessionCommand command) {
        if (command instanceof SessionCommand.Play) {
            if (simulation != null) {
                running = true;
                problem = Optional.empty();
                nextStepNanos = System.nanoTime();
                speed.restart(System.nanoTime(), simulation.steps());
            } else {
                pace.stopped(); // nothing to play (its plugin failed): a partner must not wait for it
            }
        } else if (command instanceof SessionCommand.Pause) {
            stop();
        } else if (command instanceof SessionCommand.Step) {
            stop();
            if (simulation != null) {
                problem = Optional.empty();
                trainOneStep();
            }
        } else if (command instanceof SessionCommand.StepOne one) {
            stop();
            if (simulation != null) {
                problem = Optional.empty();
                trainOnePlayer(one.discriminator());
            }
        } else if (command instanceof SessionCommand.Reset) {
            rebuild();
        } else if (command instanceof SessionCommand.SetParam p) {
            applyParam(p.key(), p.value());
        } else if (command instanceof SessionCommand.SetTarget t) {
            requested = requested.withTarget(t.target());
            rebuild();
        } else if (command instanceof SessionCommand.SetVariant v) {
            requested = requested.withVariant(v.variant());
            rebuild();
        } else if (command instanceof SessionCommand.SetSpeedLimit l) {
            speedLimit = Math.max(0, l.stepsPerSecond());
            stepIntervalNanos = l.stepsPerSecond() > 0 ? (long) (1e9 / l.stepsPerSecond()) : 0;
            nextStepNanos = System.nanoTime();
        } else if (command instanceof SessionCommand.SetSeed s) {
            seed = s.seed();
            rebuild();
        } else if (command instanceof SessionCommand.Open o) {
            requested = o.settings();
            seed = o.seed();
            rebuild();
            restore(o.run());
        } else if (command instanceof SessionCommand.Inspect i) {
            if (simulation == null) {
                i.result().completeExceptionally(new IllegalStateException("There is no run to read"));
            } else {
                try {
                    i.result().complete(i.read().apply(simulation));
                } catch (RuntimeException e) {
                    i.result().completeExceptionally(e);
                }
            }
            return;
        } else if (command instanceof SessionCommand.Sync s) {
            publish();
            s.done().countDown();
            return;
        }
        publish();
    }

    private void stop() {
        boolean wasPlaying = running;
        running = false;
        speed.stop();
        if (wasPlaying) {
            // Only a session that was playing can keep a partner waiting. Telling of every stop would
            // let the set-up of a session that has not played yet (its first rebuild, still running
            // when both were told to play) release the partner to run ahead.
            pace.stopped();
        }
    }

    private void applyParam(String key, Object value) {
        TrainingSettings before = requested;
        try {
            requested = requested.withValue(key, value);
        } catch (IllegalArgumentException e) {
            problem = Optional.of(e.getMessage());
            return;
        }
        if (simulation == null) {
            pendingReset = requested.changedFrom(before);
            return;
        }
        ViewContext contextBefore = simulation.context();
        try {
            pendingReset = simulation.apply(requested);
            problem = Optional.empty();
            if (simulation.context() != contextBefore) {
                generation++; // new bounds or modes: the views are rebuilt for them
            }
        } catch (PluginFault fault) {
            fail(fault.getMessage());
        } catch (IllegalArgumentException e) {
            // The target rejected the combination: keep the run as it was.
            requested = before;
            problem = Optional.of(e.getMessage());
        }
    }

    private void rebuild() {
        stop();
        generation++;
        pendingReset = List.of();
        lastSnapshot = null;
        try {
            simulation = new Simulation(requested, seed, Simulation.DISPLAY_SAMPLES, calls);
            problem = Optional.empty();
        } catch (PluginFault | IllegalArgumentException e) {
            simulation = null;
            problem = Optional.of(e.getMessage());
        }
    }

    private void restore(SavedRun run) {
        if (run == null || simulation == null) {
            return;
        }
        try {
            simulation.restoreRun(run);
            lastSnapshot = null;
        } catch (PluginFault | IllegalArgumentException e) {
            problem = Optional.of(e.getMessage());
        }
    }

    /** Takes one step; on a fault, pauses with its message and returns false. */
    private boolean trainOneStep() {
        try {
            simulation.step();
            return true;
        } catch (PluginFault fault) {
            fail(fault.getMessage());
        } catch (RuntimeException e) {
            fail("Training stopped at step " + simulation.steps() + ": " + Faults.describe(e));
        }
        return false;
    }

    /** Updates only D or only G once; on a fault, pauses with its message. */
    private void trainOnePlayer(boolean discriminator) {
        try {
            if (discriminator) {
                simulation.stepDiscriminator();
            } else {
                simulation.stepGenerator();
            }
        } catch (PluginFault fault) {
            fail(fault.getMessage());
        } catch (RuntimeException e) {
            fail("Training stopped at step " + simulation.steps() + ": " + Faults.describe(e));
        }
    }

    private void fail(String message) {
        stop();
        problem = Optional.of(message);
    }

    private void publish() {
        if (closed) {
            return; // a session left behind after a stuck plugin returned: nobody listens
        }
        long now = System.nanoTime();
        if (simulation != null) {
            try {
                lastSnapshot = simulation.snapshot(running, running ? speed.stepsPerSecond() : 0);
            } catch (PluginFault fault) {
                fail(fault.getMessage());
            }
        }
        publisher.publish(new SessionState(Optional.ofNullable(lastSnapshot),
                Optional.ofNullable(simulation).map(Simulation::context), requested, seed, generation,
                running, speedLimit, pendingReset, problem), now);
    }

}
