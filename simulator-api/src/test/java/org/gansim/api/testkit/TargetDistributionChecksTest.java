package org.gansim.api.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gansim.api.TargetDistribution;
import org.gansim.samples.BrokenClusters;
import org.gansim.samples.Cluster;
import org.junit.jupiter.api.Test;

/** Each rule a target can break is caught by exactly the check for it, with a sentence that says why. */
class TargetDistributionChecksTest {

    /** The failed checks of a report, by name, with their messages. */
    static Map<String, String> failures(ContractReport report) {
        return report.failures().stream().collect(Collectors.toMap(CheckResult::check, CheckResult::message));
    }

    private static Map<String, String> failuresOf(TargetDistribution distribution) {
        return failures(TargetDistributionChecks.report(distribution));
    }

    @Test
    void aGoodTargetPassesEveryCheck() {
        ContractReport report = TargetDistributionChecks.report(new Cluster());
        assertTrue(report.passed(), report::toText);
        assertEquals(TargetDistributionChecks.all().size(), report.results().size());
        assertEquals(12, report.results().size());
        assertTrue(report.toText().startsWith("target cluster: all 12 checks passed"), report::toText);
    }

    @Test
    void aLabelledTargetPassesToo() {
        Cluster labelled = new Cluster() {
            @Override
            public org.gansim.api.Sampler create(org.gansim.api.param.Params params) {
                return new Cluster.Corners(0.1, 4);
            }
        };
        // an anonymous class cannot be created by the host, so only the stable-id check fails
        assertEquals(List.of("id is stable"), List.copyOf(failuresOf(labelled).keySet()));
    }

    @Test
    void anIdWithSpacesAndCapitals() {
        assertEquals(Map.of("id is non-blank and lower case", "id() must be lower-case letters, digits, '-', '_'"
                + " or '.' (for example \"my-ring\"), got \"My Cluster\""), failuresOf(new BrokenClusters.UpperCaseId()));
    }

    @Test
    void anIdThatChangesFromInstanceToInstance() {
        Map<String, String> failures = failuresOf(new BrokenClusters.IdFromACounter());
        assertEquals(List.of("id is stable"), List.copyOf(failures.keySet()));
        assertTrue(failures.get("id is stable").matches("a new IdFromACounter has id \"cluster-\\d+\" instead of"
                + " \"cluster-\\d+\": the id must not depend on state or chance"), failures::toString);
    }

    @Test
    void anApiVersionFromTheFuture() {
        assertEquals(Map.of("API version is supported", "apiVersion() returns 99, but this API runs plugins built"
                + " for version 2: return ApiVersion.CURRENT"), failuresOf(new BrokenClusters.FutureApi()));
    }

    @Test
    void aParameterDeclaredTwice() {
        Map<String, String> failures = failuresOf(new BrokenClusters.DuplicateParameter());
        assertEquals("the default parameters are not valid: Parameter key 'spread' is declared twice",
                failures.get("default parameters are valid"));
        // every check that needs a sampler says the same, not that the plugin threw
        assertEquals(8, failures.size(), failures::toString);
        assertTrue(failures.values().stream().allMatch(m -> m.equals(failures.get("default parameters are valid"))),
                failures::toString);
    }

    @Test
    void aSamplerWithItsOwnRandomness() {
        assertEquals(Map.of("samples are deterministic for a seed", "the same seed gave different samples from one"
                        + " sampler: draw every random number from the RandomGenerator passed to sample()"),
                failuresOf(new BrokenClusters.OwnRandomness()));
    }

    @Test
    void aNaNSample() {
        Map<String, String> failures = failuresOf(new BrokenClusters.NaNAtFour());
        assertEquals(List.of("samples are finite"), List.copyOf(failures.keySet()));
        assertTrue(failures.get("samples are finite").matches(
                "sample 4 of 2000 is \\(NaN, -?[0-9.]+\\): every sample must be a finite number"), failures::toString);
    }

    @Test
    void oneSampleShort() {
        assertEquals("sample(7, rng) returned 6 points",
                failuresOf(new BrokenClusters.OneShort()).get("samples have the right shape"));
    }

    @Test
    void threeDimensions() {
        Map<String, String> failures = failuresOf(new BrokenClusters.ThreeDimensions());
        assertEquals("dimension() must be 1 or 2, got 3", failures.get("dimension is 1 or 2"));
        assertEquals("sample(1, rng) returned points of dimension 2 but dimension() is 3",
                failures.get("samples have the right shape"));
    }

    @Test
    void classesWithoutLabels() {
        assertEquals("classes() is 4 but sample(1, rng) returned unlabelled points",
                failuresOf(new BrokenClusters.ClassesWithoutLabels()).get("samples have the right shape"));
    }

    @Test
    void boundsThatCutTheDataOff() {
        Map<String, String> failures = failuresOf(new BrokenClusters.TinyBounds());
        assertEquals(List.of("bounds cover the samples"), List.copyOf(failures.keySet()));
        assertTrue(failures.get("bounds cover the samples").matches("only \\d+ of 2000 samples lie inside bounds\\(\\)"
                + " x -0.500000..0.500000, y -0.500000..0.500000: the plot would cut the data off"), failures::toString);
    }

    @Test
    void aThrowingCreateFailsEveryCheckThatNeedsASampler() {
        Map<String, String> failures = failuresOf(new BrokenClusters.CreateThrows());
        assertEquals(7, failures.size(), failures::toString);
        String message = failures.get("creates a sampler from the defaults");
        assertTrue(message.matches("the plugin threw IllegalStateException: radius missing"
                + " \\(at org.gansim.samples.BrokenClusters\\$CreateThrows.create:\\d+\\)"), message);
    }

    @Test
    void anEndlessLoopFailsOnTimeAndTheOtherChecksStillRun() {
        ContractReport report = TargetDistributionChecks.report(new BrokenClusters.EndlessLoop(), Duration.ofMillis(300));
        Map<String, String> failures = failures(report);
        assertEquals("did not finish within 300 ms: the plugin may be stuck in an endless loop",
                failures.get("creates a sampler from the defaults"));
        assertFalse(failures.containsKey("id is stable"));
        assertEquals(12, report.results().size());
    }

    @Test
    void theReportReadsLikeAGradingSheet() {
        String text = TargetDistributionChecks.report(new BrokenClusters.FutureApi()).toText();
        String nl = System.lineSeparator();
        assertTrue(text.startsWith("target cluster: 1 of 12 checks failed" + nl
                + "  PASS  id is non-blank and lower case" + nl
                + "  PASS  id is stable" + nl
                + "  FAIL  API version is supported: apiVersion() returns 99, but this API runs plugins built for"
                + " version 2: return ApiVersion.CURRENT" + nl), text);
    }
}
