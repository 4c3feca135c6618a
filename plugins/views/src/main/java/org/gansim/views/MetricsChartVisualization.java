package org.gansim.views;

import org.gansim.api.ApiVersion;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;

/** {@code metrics}: modes captured, high-quality share, reverse KL, and binned KL and JS over the steps. */
public final class MetricsChartVisualization implements Visualization {

    static final String EXPLANATION = "How close the generated samples are to the real ones: modes found, samples"
            + " near a mode, and divergences that fall to 0 when the two distributions match.";

    @Override
    public String id() {
        return "metrics";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Sample quality";
    }

    @Override
    public String description() {
        return EXPLANATION;
    }

    @Override
    public boolean supports(ViewContext context) {
        return context.dataDim() == 2 || context.modes().isPresent();
    }

    @Override
    public View create(ViewContext context) {
        return new MetricsChartView(context);
    }
}
