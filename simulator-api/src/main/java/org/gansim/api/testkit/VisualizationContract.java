package org.gansim.api.testkit;

import java.util.stream.Stream;
import org.gansim.api.Visualization;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of a {@link Visualization} as JUnit 5 tests: implement the one factory method and
 * every check of {@link VisualizationChecks} runs as a test of your class. The checks paint into
 * images, not windows, so they pass on a machine without a display.
 *
 * <pre>{@code
 * class MyViewTest implements VisualizationContract {
 *     @Override
 *     public Visualization createVisualization() {
 *         return new MyView();
 *     }
 * }
 * }</pre>
 * A test is failed by an {@link AssertionError} whose message says what is wrong and what is
 * expected. JUnit is needed on the test class path only (the API depends on it optionally).
 *
 * @since 1
 */
public interface VisualizationContract {

    /**
     * Creates the visualization under test, as the host would (a new instance each call).
     *
     * @return the plugin; never null
     */
    Visualization createVisualization();

    /**
     * Every check of {@link VisualizationChecks#all()}, each as one test named after what it demands, run on a
     * fresh plugin from {@link #createVisualization()}. A check added to {@code all()} is a test here too.
     *
     * @return one test per check; never null
     */
    @TestFactory
    default Stream<DynamicTest> contract() {
        return ContractTests.of(VisualizationChecks.all(), this::createVisualization);
    }
}
