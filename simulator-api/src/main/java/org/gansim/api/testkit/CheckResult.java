package org.gansim.api.testkit;

import java.util.Objects;

/**
 * The outcome of one {@link Check} on one plugin.
 *
 * @param check   the check's name; never null
 * @param passed  whether the plugin met it
 * @param message why it failed, one sentence; empty when it passed; never null
 * @since 1
 */
public record CheckResult(String check, boolean passed, String message) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        message = Objects.requireNonNullElse(message, "");
    }

    /** A pass. */
    public static CheckResult pass(String check) {
        return new CheckResult(check, true, "");
    }

    /** A failure with its reason. */
    public static CheckResult fail(String check, String message) {
        return new CheckResult(check, false, message);
    }
}
