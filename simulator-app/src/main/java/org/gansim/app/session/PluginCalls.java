package org.gansim.app.session;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which plugin the training thread is running right now, and since when, so the window can tell a
 * plugin stuck in an endless loop from a slow step. Only calls made on the owning thread are
 * recorded: views calling the frozen networks on the Swing thread do not count.
 *
 * <p>Written by the owning (training) thread; read by any thread.
 */
public final class PluginCalls {

    /** A call in progress: which plugin, doing what, since when. */
    private record Call(String pluginId, String during, long startedNanos) {
    }

    private final Thread owner;
    private volatile Call current;

    /** Records the calls made on the thread that creates this object. */
    public PluginCalls() {
        this.owner = Thread.currentThread();
    }

    /** Runs plugin code like {@link PluginFault#guard}, recording it while it runs. */
    <T> T call(String pluginId, String during, Supplier<T> action) {
        if (Thread.currentThread() != owner) {
            return PluginFault.guard(pluginId, during, action);
        }
        Call outer = current;
        current = new Call(pluginId, during, System.nanoTime());
        try {
            return PluginFault.guard(pluginId, during, action);
        } finally {
            current = outer;
        }
    }

    /**
     * A sentence naming the plugin when one call has run longer than {@code limit}, else empty.
     */
    public Optional<String> stuckLongerThan(Duration limit) {
        Call call = current;
        if (call == null) {
            return Optional.empty();
        }
        long nanos = System.nanoTime() - call.startedNanos();
        if (nanos < limit.toNanos()) {
            return Optional.empty();
        }
        return Optional.of("Plugin '" + call.pluginId() + "' has not returned for " + (nanos / 1_000_000_000L)
                + " s " + call.during() + "; it may be stuck in an endless loop");
    }
}
