package org.gansim.api.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
            results.add(check.run(plugin, limit));
        }
        return new ContractReport(kind, subject(plugin), results);
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
