package org.gansim.views;

import org.gansim.api.ApiVersion;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;

/** {@code d-verdicts}: D's accuracy on real and fake samples and its mean outputs, with the ½ line. */
public final class DiscriminatorChartVisualization implements Visualization {

    static final String EXPLANATION = "How sure the discriminator is: at the equilibrium it is right only half the"
            + " time and says \u00bd to real and generated samples alike.";

    @Override
    public String id() {
        return "d-verdicts";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "D accuracy";
    }

    @Override
    public String description() {
        return EXPLANATION;
    }

    @Override
    public View create(ViewContext context) {
        return new DiscriminatorChartView();
    }
}
