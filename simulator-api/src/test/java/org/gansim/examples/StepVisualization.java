package org.gansim.examples;

import javax.swing.JComponent;
import javax.swing.JLabel;
import org.gansim.api.ApiVersion;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;

/**
 * The example of {@link Visualization}'s javadoc: a view that shows the current step. Compiled and
 * contract-tested with every build ({@link StepVisualizationTest}).
 */
public final class StepVisualization implements Visualization {

    @Override
    public String id() {
        return "step-counter";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public View create(ViewContext context) {
        JLabel label = new JLabel("Step 0");
        return new View() {
            @Override
            public JComponent component() {
                return label;
            }

            @Override
            public void show(Snapshot snapshot) {
                label.setText("Step " + snapshot.step());
            }
        };
    }
}
