package org.gansim.app.session;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.gansim.api.training.TrainingSettings;

/**
 * Whether a simulation would take a new parameter value, asked before the value is sent: the
 * drawing dialog asks, so that a drawing the target refuses keeps the dialog open with the target's
 * own sentence instead of being lost. The check does what applying the value does first (the spec's
 * check, and for a target parameter the target creating its sampler); the value itself still goes
 * to the simulation like any other, which has the last word.
 *
 * <p>Any thread.
 */
public final class ValueCheck {

    private ValueCheck() {
    }

    /**
     * The sentence the simulation would refuse {@code value} with, or empty when it would take it.
     * A plugin that fails outright is not a refusal: the simulation reports that fault when the
     * value arrives.
     *
     * @param settings the settings in force
     * @param key      a namespaced key such as {@code target.points}
     */
    public static Optional<String> refusal(TrainingSettings settings, String key, Object value) {
        try {
            TrainingSettings changed = settings.withValue(key, value);
            if (key.startsWith(TrainingSettings.TARGET + ".")) {
                GuardedSampler.create(changed.target(), changed.params(TrainingSettings.TARGET), new PluginCalls());
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        } catch (PluginFault e) {
            return Optional.empty();
        }
    }

    /**
     * {@link #refusal} on a thread of its own, so a plugin that never returns cannot freeze the
     * caller (the Swing thread); the answer never comes in that case, and the caller may give up.
     */
    public static CompletableFuture<Optional<String>> inBackground(TrainingSettings settings, String key,
                                                                   Object value) {
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Thread checker = new Thread(() -> {
            try {
                answer.complete(refusal(settings, key, value));
            } catch (Throwable t) {
                answer.completeExceptionally(t);
            }
        }, "gansim-value-check");
        checker.setDaemon(true);
        checker.start();
        return answer;
    }
}
