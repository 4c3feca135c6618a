package org.gansim.api.testkit;

import org.gansim.api.GanVariant;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link GanVariant} as JUnit 5 tests: implement the one factory method and every
 * check of {@link GanVariantChecks} runs as a test of your class.
 *
 * <pre>{@code
 * class MyGanTest implements GanVariantContract {
 *     @Override
 *     public GanVariant createVariant() {
 *         return new MyGan();
 *     }
 * }
 * }</pre>
 * A test is failed by an {@link AssertionError} whose message says what is wrong and what is
 * expected. JUnit is needed on the test class path only (the API depends on it optionally).
 *
 * @since 1
 */
public interface GanVariantContract {

    /**
     * Creates the variant under test, as the host would (a new instance each call).
     *
     * @return the plugin; never null
     */
    GanVariant createVariant();

    @Test
    default void idIsNonBlankAndLowerCase() {
        PluginChecks.idIsWellFormed(createVariant());
    }

    @Test
    default void idIsStable() throws Exception {
        PluginChecks.idIsStable(createVariant());
    }

    @Test
    default void apiVersionIsSupported() {
        PluginChecks.apiVersionIsSupported(createVariant());
    }

    @Test
    default void describesItself() {
        PluginChecks.describesItself(createVariant());
    }

    @Test
    default void defaultParametersAreValid() {
        PluginChecks.defaultParametersAreValid(createVariant());
    }

    @Test
    default void createsAGanFromTheDefaults() {
        GanVariantChecks.createsAGan(createVariant());
    }

    @Test
    default void aStepReportsFiniteLosses() {
        GanVariantChecks.stepsReportFiniteLosses(createVariant());
    }

    @Test
    default void worksOnOneAndTwoDimensionalData() {
        GanVariantChecks.worksOnOneAndTwoDimensionalData(createVariant());
    }

    @Test
    default void aFrozenCopyDoesNotChange() {
        GanVariantChecks.frozenCopyDoesNotChange(createVariant());
    }

    @Test
    default void eachStepChangesItsOwnNetworkOnly() {
        GanVariantChecks.stepsChangeTheirOwnNetwork(createVariant());
    }

    @Test
    default void trainingIsDeterministicForASeed() {
        GanVariantChecks.isDeterministicForASeed(createVariant());
    }

    @Test
    default void acceptsParameterUpdates() {
        GanVariantChecks.acceptsParameterUpdates(createVariant());
    }

    @Test
    default void runsInTheTrainingLoop() {
        GanVariantChecks.runsInTheTrainingLoop(createVariant());
    }

    @Test
    default void discriminatorTellsRealFromFake() {
        GanVariantChecks.discriminatorTellsRealFromFake(createVariant());
    }

    @Test
    default void generatorStepsFoolTheHeldDiscriminator() {
        GanVariantChecks.generatorStepsFoolTheHeldDiscriminator(createVariant());
    }
}
