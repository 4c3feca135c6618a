package org.gansim.api.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gansim.api.training.Faults;

/**
 * One named check of a plugin's contract, such as "samples are finite".
 *
 * <p>A check passes when its verification returns and fails when it throws: an
 * {@link AssertionError} says what is wrong; any other exception is a fault of the plugin and is
 * reported with its type and message. Immutable; {@link #run} may be called from any thread (checks
 * of views move to the Swing event thread themselves).
 *
 * @param <T>          the kind of plugin checked
 * @param name         what the check demands, as a short phrase ("samples are finite"); never null
 * @param verification the check itself; never null
 * @since 1
 */
public record Check<T>(String name, Verification<T> verification) {

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verification, "verification");
    }

    /**
     * The body of a check: returns normally when the plugin meets the demand.
     *
     * @param <T> the kind of plugin checked
     * @since 1
     */
    @FunctionalInterface
    public interface Verification<T> {
        /**
         * Verifies one plugin.
         *
         * @param plugin the plugin; never null
         * @throws Exception when the plugin fails; an {@link AssertionError} when the check itself
         *                   found the fault
         */
        void verify(T plugin) throws Exception;
    }

    /**
     * Runs the check on one plugin and never throws (except when the JVM runs out of memory).
     *
     * @param plugin the plugin to check; never null
     * @return whether it passed, and why not
     */
    public CheckResult run(T plugin) {
        try {
            verification.verify(plugin);
            return CheckResult.pass(name);
        } catch (OutOfMemoryError fatal) {
            throw fatal;
        } catch (Throwable failure) {
            return CheckResult.fail(name, describe(failure));
        }
    }

    /**
     * Runs the check on a thread of its own and fails it when it takes longer than {@code limit}, so
     * a plugin stuck in an endless loop fails this check instead of hanging the caller. The thread is
     * a daemon: a plugin that never returns does not keep the JVM alive.
     *
     * <p>Added in API 2 for the grader, which reports each check as it finishes.
     *
     * @param plugin the plugin to check; never null
     * @param limit  the most time the check may take; never null
     * @return whether it passed, and why not
     * @since 2
     */
    public CheckResult run(T plugin, Duration limit) {
        CompletableFuture<CheckResult> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(run(plugin));
            } catch (Throwable fatal) {
                result.completeExceptionally(fatal);
            }
        }, "contract check: " + name);
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return CheckResult.fail(name, "did not finish within " + describe(limit)
                    + ": the plugin may be stuck in an endless loop");
        } catch (ExecutionException e) {
            return CheckResult.fail(name, describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.fail(name, "interrupted before it finished");
        }
    }

    private static String describe(Duration limit) {
        return limit.toMillis() < 1000 ? limit.toMillis() + " ms" : limit.toSeconds() + " s";
    }

    /** The sentence a report shows for a failure. */
    static String describe(Throwable failure) {
        Throwable cause = Faults.unwrap(failure);
        if (cause instanceof AssertionError && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return "the plugin threw " + thrown(cause);
    }

    /** "IllegalStateException: message (at demo.MyView.show:12)". */
    static String thrown(Throwable failure) {
        return Faults.describe(failure) + Faults.place(failure);
    }
}
