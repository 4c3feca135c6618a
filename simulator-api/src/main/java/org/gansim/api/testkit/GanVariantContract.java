package org.gansim.api.testkit;

import java.util.stream.Stream;
import org.gansim.api.GanVariant;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of a {@link GanVariant} as JUnit 5 tests: implement the one factory method and every
 * check of {@link GanVariantChecks} runs as a test of your class.
 *
 * <pre>{@code
 * class MyVariantTest implements GanVariantContract {
 *     @Override
 *     public GanVariant createVariant() {
 *         return new MyVariant();
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

    /**
     * Every check of {@link GanVariantChecks#all()}, each as one test named after what it demands, run on a
     * fresh plugin from {@link #createVariant()}. A check added to {@code all()} is a test here too.
     *
     * @return one test per check; never null
     */
    @TestFactory
    default Stream<DynamicTest> contract() {
        return ContractTests.of(GanVariantChecks.all(), this::createVariant);
    }
}
