package org.gansim.views;

import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;
import org.gansim.api.ApiVersion;
import org.gansim.api.PlotBounds;
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

    /** The one-line explanation a student sees on hover. */
    static final String EXPLANATION = "Where the game is played: real samples and the generator's samples in"
            + " data space, with what the discriminator believes about every place.";

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
        return "Real samples (blue) and generated samples (orange) in data space, over D's decision surface,"
                + " with the generator's gradient arrows and the latent manifold; for 1-D data the densities"
                + " with D(x).";
    }

    @Override
    public boolean supports(ViewContext context) {
        return context.dataDim() == 1 || context.dataDim() == 2;
    }

    @Override
    public View create(ViewContext context) {
        if (context.dataDim() == 2) {
            PlaneCanvas plane = new PlaneCanvas(context);
            return new View() {
                @Override
                public JComponent component() {
                    return plane;
                }

                @Override
                public void show(Snapshot snapshot) {
                    plane.show(snapshot);
                }

                @Override
                public java.util.Map<String, String> settings() {
                    return PlaneSettings.of(plane);
                }

                @Override
                public void applySettings(java.util.Map<String, String> settings) {
                    PlaneSettings.apply(settings, plane);
                }

                @Override
                public void addMenuItems(javax.swing.JMenu menu) {
                    PlaneSettings.addTo(menu, plane);
                }

                @Override
                public Optional<PlotBounds> viewport() {
                    return Optional.of(plane.viewport().bounds());
                }

                @Override
                public void showViewport(PlotBounds bounds) {
                    plane.showViewport(bounds);
                }

                @Override
                public void onViewportChanged(Consumer<PlotBounds> listener) {
                    plane.viewport().onMove(listener);
                }

                @Override
                public void dispose() {
                    plane.dispose();
                }
            };
        }
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
