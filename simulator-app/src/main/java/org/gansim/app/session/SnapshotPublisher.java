package org.gansim.app.session;

import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands the newest state from the worker to the Swing thread without ever queueing a backlog: the
 * worker overwrites one {@link AtomicReference}, and at most one delivery waits on the Swing thread
 * at a time, which reads whatever is newest when it runs. The worker also asks
 * {@link #frameDue(long)} before building a state, so while training plays it builds at most about
 * 40 per second and none while the Swing thread is still busy with the last one.
 *
 * <p>{@link #publish} and {@link #frameDue} are called by the worker only; delivery runs on the
 * executor given (the Swing thread in the app).
 */
public final class SnapshotPublisher<T> {

    /**
     * About 40 frames per second: smooth to the eye, and above the 30 the views promise with room for
     * a busy moment. Each frame costs the training thread a snapshot and the Swing thread a paint of
     * every view; at 60 a second the window trained at 51% to 57% of the headless rate, against 70%
     * wanted (bench/window-rate.sh).
     */
    public static final long FRAME_NANOS = TimeUnit.SECONDS.toNanos(1) / 40;

    private final Executor executor;
    private final Consumer<T> consumer;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private long lastPublished = Long.MIN_VALUE / 2;

    /**
     * @param executor where {@code consumer} runs, e.g. {@code SwingUtilities::invokeLater}
     * @param consumer receives the newest value, never null
     */
    public SnapshotPublisher(Executor executor, Consumer<T> consumer) {
        this.executor = executor;
        this.consumer = consumer;
    }

    /** Whether a new frame is worth building now: the last is delivered and a frame time has passed. */
    public boolean frameDue(long nowNanos) {
        return !scheduled.get() && nowNanos - lastPublished >= FRAME_NANOS;
    }

    /** Makes {@code value} the newest and makes sure a delivery is on its way. */
    public void publish(T value, long nowNanos) {
        latest.set(value);
        lastPublished = nowNanos;
        if (scheduled.compareAndSet(false, true)) {
            executor.execute(this::deliver);
        }
    }

    private void deliver() {
        // Cleared before reading, so a value published meanwhile schedules another delivery.
        scheduled.set(false);
        T value = latest.get();
        if (value != null) {
            consumer.accept(value);
        }
    }

    /** The newest value published, or null before the first. Any thread. */
    public T latest() {
        return latest.get();
    }
}
