package org.gansim.api.testkit;

import java.util.List;
import java.util.Objects;

/**
 * What every check of a contract found on one plugin: a teacher's grading sheet for one provider.
 *
 * <p>Immutable; any thread.
 *
 * @param kind    the kind of plugin: "target", "variant" or "view"; never null
 * @param subject who was checked: the plugin's id, or its class name when the id cannot be read; never null
 * @param results one result per check, in the order the checks ran; never null
 * @since 1
 */
public record ContractReport(String kind, String subject, List<CheckResult> results) {

    public ContractReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        results = List.copyOf(results);
    }

    /** Whether every check passed. */
    public boolean passed() {
        return results.stream().allMatch(CheckResult::passed);
    }

    /** The checks that failed. */
    public List<CheckResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /**
     * The report as text: a heading, then one line per check.
     * <pre>
     * variant my-gan: 2 of 9 checks failed
     *   PASS  id is non-blank and lower case
     *   FAIL  losses are finite: the first discriminator step reported d_loss=NaN
     * </pre>
     */
    public String toText() {
        StringBuilder text = new StringBuilder();
        long failed = results.stream().filter(r -> !r.passed()).count();
        text.append(kind).append(' ').append(subject).append(": ")
                .append(failed == 0 ? "all " + results.size() + " checks passed"
                        : failed + " of " + results.size() + " checks failed")
                .append(System.lineSeparator());
        for (CheckResult result : results) {
            text.append(result.passed() ? "  PASS  " : "  FAIL  ").append(result.check());
            if (!result.passed()) {
                text.append(": ").append(result.message());
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }
}
