package org.gansim.samples;

import java.awt.Color;
import java.awt.Graphics;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.gansim.api.ApiVersion;
import org.gansim.api.PlotBounds;
import org.gansim.api.Visualization;
import org.gansim.api.Batch;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.ViewContext;

/**
 * A well-behaved view for the kit's own tests: real points grey, generated points red, on a white
 * panel. Subclasses break one rule each.
 */
public class DotsView implements Visualization {

    @Override
    public String id() {
        return "dots";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public View create(ViewContext context) {
        return new Dots(context.bounds());
    }

    /** The panel: remembers the last snapshot and draws it. */
    public static class Dots extends JPanel implements View {
        private final PlotBounds bounds;
        protected Snapshot last;

        public Dots(PlotBounds bounds) {
            this.bounds = bounds;
            setBackground(Color.WHITE);
        }

        @Override
        public JComponent component() {
            return this;
        }

        @Override
        public void show(Snapshot snapshot) {
            last = snapshot;
            repaint();
        }

        @Override
        protected void paintComponent(Graphics g) {
            super.paintComponent(g);
            if (last != null) {
                draw(g, last.real(), Color.GRAY);
                draw(g, last.generated(), Color.RED);
            }
        }

        private void draw(Graphics g, Batch batch, Color colour) {
            g.setColor(colour);
            for (int i = 0; i < batch.size(); i++) {
                double x = batch.get(i, 0);
                double y = batch.dimension() > 1 ? batch.get(i, 1) : 0;
                int px = (int) ((x - bounds.minX()) / bounds.width() * getWidth());
                int py = (int) ((bounds.maxY() - y) / bounds.height() * getHeight());
                g.fillRect(px - 1, py - 1, 3, 3);
            }
        }
    }
}
