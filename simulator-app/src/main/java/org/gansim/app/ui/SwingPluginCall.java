package org.gansim.app.ui;

import java.time.Duration;
import java.util.Optional;

/**
 * Which plugin's code the Swing thread is running now, and since when, so that the {@link
 * SwingWatchdog} can name a view that never returns. Swing has one thread for every window: a view
 * that loops forever while painting freezes all of GanSim, and no other thread can stop it or even
 * lay out the window (a painting component holds Swing's tree lock).
 *
 * <p>The host marks each call into a plugin on the Swing thread with {@link #enter} and {@link
 * #exit}; calls may nest. Written on the Swing thread only, read from any thread.
 */
final class SwingPluginCall {

    /**
     * One call in progress.
     *
     * @param pluginId     the plugin whose code runs
     * @param what         what it was asked to do, as a sentence continues it: "painting"
     * @param startedNanos {@link System#nanoTime()} when it began
     */
    record Call(String pluginId, String what, long startedNanos) {

        /** How long it has been running. */
        Duration running() {
            return Duration.ofNanos(System.nanoTime() - startedNanos);
        }
    }

    private static volatile Call current;

    private SwingPluginCall() {
    }

    /**
     * Marks the start of a call into {@code pluginId}'s code.
     *
     * @return the call it is nested in, for {@link #exit}; null when none
     */
    static Call enter(String pluginId, String what) {
        Call outer = current;
        current = new Call(pluginId, what, System.nanoTime());
        return outer;
    }

    /** Marks the end of the innermost call, giving back the one {@link #enter} returned. */
    static void exit(Call outer) {
        current = outer;
    }

    /** The innermost plugin call the Swing thread is in now, if any. */
    static Optional<Call> current() {
        return Optional.ofNullable(current);
    }
}
