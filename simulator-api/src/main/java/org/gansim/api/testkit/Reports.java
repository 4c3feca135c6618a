package org.gansim.api.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gansim.api.Plugin;

/**
 * Runs a list of checks on one plugin into a report, each check on a thread of its own with a time
 * limit, so a plugin stuck in an endless loop fails that check instead of hanging the grader.
 *
 * <p>Stateless; any thread except the Swing event thread (view checks wait for it).
 */
final class Reports {

    /** Far more than any check needs on a slow machine; only an endless loop reaches it. */
    static final Duration DEFAULT_LIMIT = Duration.ofMinutes(2);

    private Reports() {
    }

    static <P extends Plugin> ContractReport run(String kind, P plugin, List<Check<P>> checks, Duration limit) {
        List<CheckResult> results = new ArrayList<>();
        for (Check<P> check : checks) {
            results.add(runWithLimit(check, plugin, limit));
        }
        return new ContractReport(kind, subject(plugin), results);
    }

    private static <P> CheckResult runWithLimit(Check<P> check, P plugin, Duration limit) {
        CompletableFuture<CheckResult> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(check.run(plugin));
            } catch (Throwable fatal) {
                result.completeExceptionally(fatal);
            }
        }, "contract check: " + check.name());
        worker.setDaemon(true);    // a plugin that never returns must not keep the JVM alive
        worker.start();
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return CheckResult.fail(check.name(), "did not finish within " + describe(limit)
                    + ": the plugin may be stuck in an endless loop");
        } catch (ExecutionException e) {
            return CheckResult.fail(check.name(), Check.describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.fail(check.name(), "interrupted before it finished");
        }
    }

    private static String describe(Duration limit) {
        return limit.toMillis() < 1000 ? limit.toMillis() + " ms" : limit.toSeconds() + " s";
    }

    /** The plugin's id, or its class name when the id cannot be read. */
    static String subject(Plugin plugin) {
        try {
            String id = plugin.id();
            if (id != null && !id.isBlank()) {
                return id;
            }
        } catch (RuntimeException | LinkageError unreadable) {
            // the id check reports this; name the class instead
        }
        return plugin.getClass().getName();
    }
}
