package org.gansim.views;

import org.gansim.api.ApiVersion;
import org.gansim.api.Visualization;
import org.gansim.api.View;
import org.gansim.api.ViewContext;

/**
 * {@code loss-chart}: the discriminator's and the generator's losses over the steps, drawn with
 * JFreeChart. Oscillation, a discriminator that wins outright, or a calm balance all show here.
 *
 * <p>Stateless; the views it creates are used on the Swing thread only.
 */
public final class LossChartVisualization implements Visualization {

    @Override
    public String id() {
        return "loss-chart";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Losses";
    }

    @Override
    public String description() {
        return "The discriminator's loss and the generator's loss at every recorded step.";
    }

    @Override
    public View create(ViewContext context) {
        return new LossChartView();
    }
}
