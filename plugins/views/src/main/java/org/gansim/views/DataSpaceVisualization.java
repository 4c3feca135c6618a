package org.gansim.views;

import javax.swing.JComponent;
import org.gansim.api.ApiVersion;
import org.gansim.api.Visualization;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.ViewContext;

/**
 * {@code scatter}: the data space, where the game is played. Real samples and the generator's samples
 * are drawn in the target's bounds; in 1-D as two densities with the discriminator's D(x) on top,
 * the picture of the Nash equilibrium (the densities meet and D flattens to one half).
 *
 * <p>Stateless; the views it creates are used on the Swing thread only.
 */
public final class DataSpaceVisualization implements Visualization {

    @Override
    public String id() {
        return "scatter";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Data space";
    }

    @Override
    public String description() {
        return "Real samples (blue) and generated samples (orange) in data space; for 1-D data their"
                + " densities, with the discriminator's D(x).";
    }

    @Override
    public boolean supports(ViewContext context) {
        return context.dataDim() == 1 || context.dataDim() == 2;
    }

    @Override
    public View create(ViewContext context) {
        DataSpaceCanvas canvas = new DataSpaceCanvas(context);
        return new View() {
            @Override
            public JComponent component() {
                return canvas;
            }

            @Override
            public void show(Snapshot snapshot) {
                canvas.show(snapshot);
            }
        };
    }
}
