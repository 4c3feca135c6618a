package org.gansim.views;

import javax.swing.JComponent;
import org.gansim.api.ApiVersion;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;

/** {@code architecture}: noise → G → fake ← real → D → "real or fake?", with the objective and its value. */
public final class ArchitectureVisualization implements Visualization {

    static final String EXPLANATION = "The two players: G turns random noise z into a fake sample, D sees fakes and"
            + " real samples and says how likely each is real.";

    @Override
    public String id() {
        return "architecture";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Architecture";
    }

    @Override
    public String description() {
        return EXPLANATION;
    }

    @Override
    public View create(ViewContext context) {
        ArchitectureDiagram diagram = new ArchitectureDiagram(context);
        return new View() {
            @Override
            public JComponent component() {
                return diagram;
            }

            @Override
            public void show(Snapshot snapshot) {
                diagram.show(snapshot);
            }

            @Override
            public void showUpdating(Player player) {
                diagram.setUpdating(switch (player) {
                    case DISCRIMINATOR -> ArchitectureDiagram.Updating.DISCRIMINATOR;
                    case GENERATOR -> ArchitectureDiagram.Updating.GENERATOR;
                    case NONE -> ArchitectureDiagram.Updating.NONE;
                });
            }

            @Override
            public void dispose() {
                diagram.dispose();
            }
        };
    }
}
