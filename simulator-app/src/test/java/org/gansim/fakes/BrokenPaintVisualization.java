package org.gansim.fakes;

import java.awt.Graphics;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.gansim.api.ApiVersion;
import org.gansim.api.Visualization;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.ViewContext;

/** A fake view that throws while painting once it has been shown a snapshot past step 0. */
public final class BrokenPaintVisualization implements Visualization {

    @Override
    public String id() {
        return "broken-paint";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public View create(ViewContext context) {
        StepPanel panel = new StepPanel();
        return new View() {
            @Override
            public JComponent component() {
                return panel;
            }

            @Override
            public void show(Snapshot snapshot) {
                panel.step = snapshot.step();
                panel.repaint();
            }
        };
    }

    private static final class StepPanel extends JPanel {
        private long step;

        @Override
        protected void paintComponent(Graphics g) {
            super.paintComponent(g);
            if (step > 0) {
                throw new IllegalStateException("cannot draw step " + step);
            }
        }
    }
}
