package org.gansim.examples;

import org.gansim.api.Visualization;
import org.gansim.api.testkit.VisualizationContract;

/** The javadoc's view example meets the whole contract, so the example cannot go stale. */
class StepVisualizationTest implements VisualizationContract {

    @Override
    public Visualization createVisualization() {
        return new StepVisualization();
    }
}
