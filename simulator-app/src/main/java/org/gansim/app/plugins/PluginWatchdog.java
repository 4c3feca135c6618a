package org.gansim.app.plugins;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one piece of plugin code (creating a provider, asking it to describe itself) on a thread of
 * its own and waits at most a time limit, so a constructor stuck in an endless loop costs one
 * abandoned thread instead of every command hanging.
 *
 * <p>Java cannot stop a thread safely: an abandoned one is a daemon, interrupted once, and may keep
 * a core busy until GanSim exits. Stateless; any thread.
 */
public final class PluginWatchdog {

    /** The system property that sets the time limit of creating one plugin, in whole seconds. */
    public static final String LIMIT_PROPERTY = "gansim.plugin.createTimeLimit";

    /** How long creating one plugin may take when the property is not set. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

    private PluginWatchdog() {
    }

    /** The limit in force: {@value #LIMIT_PROPERTY} when it holds a positive whole number, else the default. */
    public static Duration creationLimit() {
        String text = System.getProperty(LIMIT_PROPERTY);
        if (text != null) {
            try {
                long seconds = Long.parseLong(text.strip());
                if (seconds > 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException ignored) {
                // fall back to the default: a bad property must not stop the app from starting
            }
        }
        return DEFAULT_LIMIT;
    }

    /**
     * Runs {@code work} on a fresh daemon thread and returns what it returns.
     *
     * @throws TimeoutException when it has not finished within {@code limit}; the thread is left behind
     * @throws Throwable        whatever {@code work} threw, unwrapped
     */
    static <T> T call(String threadName, Duration limit, Callable<T> work) throws Throwable {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            thread.interrupt();
            throw e;
        }
    }

    /** "5 s", or "1.5 s" for a limit that is not whole seconds. */
    static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : (millis / 1000.0) + " s";
    }
}
