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

    static final String EXPLANATION = "The two players' losses: they swing when the players chase each other and"
            + " settle when neither can improve; a D loss near 2·ln 2 means D is reduced to guessing.";

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
        return "The discriminator's loss and the generator's loss at every recorded step, with the critic's"
                + " Wasserstein estimate, gradient norm and penalty when the variant reports them.";
    }

    @Override
    public View create(ViewContext context) {
        return new LossChartView("Vanilla GAN".equals(context.variantName()));
    }
}
