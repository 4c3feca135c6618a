package org.gansim.api.testkit;

import org.gansim.api.TargetDistribution;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link TargetDistribution} as JUnit 5 tests: implement the one factory method
 * and every check of {@link TargetDistributionChecks} runs as a test of your class.
 *
 * <pre>{@code
 * class MyRingTest implements TargetDistributionContract {
 *     @Override
 *     public TargetDistribution createDistribution() {
 *         return new MyRing();
 *     }
 *
 *     @Test
 *     void radiusIsRespected() { ... }   // your own tests go alongside
 * }
 * }</pre>
 * A test is failed by an {@link AssertionError} whose message says what is wrong and what is
 * expected. JUnit is needed on the test class path only (the API depends on it optionally).
 *
 * @since 1
 */
public interface TargetDistributionContract {

    /**
     * Creates the distribution under test, as the host would (a new instance each call).
     *
     * @return the plugin; never null
     */
    TargetDistribution createDistribution();

    @Test
    default void idIsNonBlankAndLowerCase() {
        PluginChecks.idIsWellFormed(createDistribution());
    }

    @Test
    default void idIsStable() throws Exception {
        PluginChecks.idIsStable(createDistribution());
    }

    @Test
    default void apiVersionIsSupported() {
        PluginChecks.apiVersionIsSupported(createDistribution());
    }

    @Test
    default void describesItself() {
        PluginChecks.describesItself(createDistribution());
    }

    @Test
    default void defaultParametersAreValid() {
        PluginChecks.defaultParametersAreValid(createDistribution());
    }

    @Test
    default void createsASamplerFromTheDefaults() {
        TargetDistributionChecks.createsASampler(createDistribution());
    }

    @Test
    default void dimensionIsOneOrTwo() {
        TargetDistributionChecks.dimensionIsOneOrTwo(createDistribution());
    }

    @Test
    default void samplesHaveTheRightShape() {
        TargetDistributionChecks.samplesHaveTheRightShape(createDistribution());
    }

    @Test
    default void samplesAreFinite() {
        TargetDistributionChecks.samplesAreFinite(createDistribution());
    }

    @Test
    default void samplesAreDeterministicForASeed() {
        TargetDistributionChecks.samplesAreDeterministicForASeed(createDistribution());
    }

    @Test
    default void boundsCoverTheSamples() {
        TargetDistributionChecks.boundsCoverTheSamples(createDistribution());
    }

    @Test
    default void classesAndModesAreConsistent() {
        TargetDistributionChecks.classesAndModesAreConsistent(createDistribution());
    }
}
