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
        // TODO 1: map (x, y) to the pixel (column, row) described above, rounding to the nearest pixel.
        // Check: MyViewTest.theCornersOfTheBoundsAreTheCornersOfThePanel.
        throw new UnsupportedOperationException("TODO 1: map a data point to a pixel in MyPanel.toPixel");
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (last == null) {
            return; // nothing shown yet
        }
        // TODO 2: draw last.real() in Color.GRAY and last.generated() in Color.RED, each point a
        // 3 by 3 square centred on toPixel(bounds, batch.get(i, 0), batch.get(i, 1), getWidth(), getHeight()).
        // Check: the contract check "paints a snapshot into an image", and MyViewTest.paintsTheGeneratedPointsInRed.
        throw new UnsupportedOperationException("TODO 2: draw the real and generated points in MyPanel.paintComponent");
    }
}
