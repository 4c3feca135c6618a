package org.gansim.api.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gansim.samples.BrokenClusters;
import org.gansim.samples.Cluster;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** The contract interfaces' tests are the checks of {@code *Checks.all()}, each listed once. */
class ContractTestsTest {

    @Test
    void eachCheckOfTheListIsOneTestNamedAfterIt() {
        TargetDistributionContract contract = Cluster::new;
        List<DynamicTest> tests = contract.contract().toList();
        assertEquals(TargetDistributionChecks.all().stream().map(Check::name).toList(),
                tests.stream().map(DynamicTest::getDisplayName).toList());
        assertEquals(List.of("id is non-blank and lower case", "id is stable", "API version is supported",
                        "name, version and description are given", "default parameters are valid"),
                tests.stream().limit(5).map(DynamicTest::getDisplayName).toList());
    }

    @Test
    void aFailingCheckFailsItsTestWithTheReportsLineAndKeepsWhatWasThrown() {
        TargetDistributionContract contract = BrokenClusters.CreateThrows::new;
        DynamicTest createsASampler = contract.contract()
                .filter(t -> t.getDisplayName().equals("creates a sampler from the defaults")).findFirst().orElseThrow();
        AssertionError failure = assertThrows(AssertionError.class, () -> createsASampler.getExecutable().execute());
        assertTrue(failure.getMessage().matches("creates a sampler from the defaults: the plugin threw"
                + " IllegalStateException: radius missing \\(at org.gansim.samples.BrokenClusters\\$CreateThrows"
                + ".create:\\d+\\)"), failure.getMessage());
        assertInstanceOf(IllegalStateException.class, failure.getCause());
    }

    @Test
    void aPassingCheckPasses() throws Throwable {
        TargetDistributionContract contract = Cluster::new;
        for (DynamicTest test : contract.contract().toList()) {
            test.getExecutable().execute();
        }
    }
}
