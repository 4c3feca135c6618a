package org.gansim.views;

import org.gansim.api.ApiVersion;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;

/** {@code mode-occupancy}: one bar per mode, the share of real and generated samples on it. */
public final class ModeBarsVisualization implements Visualization {

    static final String EXPLANATION = "How the samples share out over the target's modes: bars piling onto one"
            + " mode are mode collapse, bars rising and falling in turn are mode hopping.";

    @Override
    public String id() {
        return "mode-occupancy";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Mode occupancy";
    }

    @Override
    public String description() {
        return EXPLANATION;
    }

    @Override
    public boolean supports(ViewContext context) {
        return context.modes().isPresent();
    }

    @Override
    public View create(ViewContext context) {
        return new ModeBarsView(context.modes().orElseThrow());
    }
}
