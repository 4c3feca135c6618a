package org.gansim.views;

import org.gansim.api.ApiVersion;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;

/** {@code d-histogram}: histograms of D's outputs on real and on generated samples. */
public final class DHistogramVisualization implements Visualization {

    static final String EXPLANATION = "What D says to each real and each generated sample: two heaps at 1 and 0"
            + " while it can tell them apart, one heap at \u00bd when it cannot.";

    @Override
    public String id() {
        return "d-histogram";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "D's outputs";
    }

    @Override
    public String description() {
        return EXPLANATION;
    }

    @Override
    public View create(ViewContext context) {
        return new DHistogramView();
    }
}
