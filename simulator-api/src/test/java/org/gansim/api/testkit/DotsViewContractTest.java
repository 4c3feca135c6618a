package org.gansim.api.testkit;

import org.gansim.api.Visualization;
import org.gansim.samples.DotsView;

/** The JUnit form of the contract runs every check on a good view as a test. */
class DotsViewContractTest implements VisualizationContract {

    @Override
    public Visualization createVisualization() {
        return new DotsView();
    }
}
