package org.gansim.views;

import org.gansim.api.Visualization;
import org.gansim.api.testkit.VisualizationContract;

class MetricsChartVisualizationContractTest implements VisualizationContract {

    @Override
    public Visualization createVisualization() {
        return new MetricsChartVisualization();
    }
}
