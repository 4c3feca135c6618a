package org.example.view;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Point;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.gansim.api.Batch;
import org.gansim.api.PlotBounds;
import org.gansim.api.Snapshot;
import org.gansim.api.View;

/**
 * One panel of {@link MyView}. GanSim calls every method on the Swing event thread: {@link #show}
 * with each new snapshot of training (immutable, so keeping the last one is safe), then Swing
 * paints. Keep painting quick: it runs up to 60 times a second.
 */
final class MyPanel extends JPanel implements View {

    private final PlotBounds bounds;
    /** The last snapshot shown, or null before the first. */
    private Snapshot last;

    MyPanel(PlotBounds bounds) {
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

    /**
     * Where the data point (x, y) falls on a panel {@code width} by {@code height} pixels: the
     * bounds' left edge at pixel 0, its right edge at {@code width}; its top (maxY) at pixel 0,
     * since screen y grows downwards, and its bottom (minY) at {@code height}.
     */
    static Point toPixel(PlotBounds bounds, double x, double y, int width, int height) {
        int column = (int) Math.round((x - bounds.minX()) / bounds.width() * width);
        int row = (int) Math.round((bounds.maxY() - y) / bounds.height() * height);
        return new Point(column, row);
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (last == null) {
            return; // nothing shown yet
        }
        draw(g, last.real(), Color.GRAY);
        draw(g, last.generated(), Color.RED);
    }

    private void draw(Graphics g, Batch batch, Color colour) {
        g.setColor(colour);
        for (int i = 0; i < batch.size(); i++) {
            Point p = toPixel(bounds, batch.get(i, 0), batch.get(i, 1), getWidth(), getHeight());
            g.fillRect(p.x - 1, p.y - 1, 3, 3);
        }
    }
}
