package org.gansim.api.testkit;

import org.gansim.api.Visualization;
import org.junit.jupiter.api.Test;

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

    @Test
    default void idIsNonBlankAndLowerCase() {
        PluginChecks.idIsWellFormed(createVisualization());
    }

    @Test
    default void idIsStable() throws Exception {
        PluginChecks.idIsStable(createVisualization());
    }

    @Test
    default void apiVersionIsSupported() {
        PluginChecks.apiVersionIsSupported(createVisualization());
    }

    @Test
    default void describesItself() {
        PluginChecks.describesItself(createVisualization());
    }

    @Test
    default void defaultParametersAreValid() {
        PluginChecks.defaultParametersAreValid(createVisualization());
    }

    @Test
    default void supportsOneOrTwoDimensionalData() {
        VisualizationChecks.supportsSomeData(createVisualization());
    }

    @Test
    default void buildsAViewWithOneComponent() {
        VisualizationChecks.buildsAView(createVisualization());
    }

    @Test
    default void showsSnapshots() {
        VisualizationChecks.showsSnapshots(createVisualization());
    }

    @Test
    default void paintsASnapshotIntoAnImage() {
        VisualizationChecks.paintsIntoAnImage(createVisualization());
    }
}
