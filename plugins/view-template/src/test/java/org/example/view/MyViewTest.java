package org.example.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Point;
import java.awt.image.BufferedImage;
import org.gansim.api.PlotBounds;
import org.gansim.api.Visualization;
import org.gansim.api.testkit.Snapshots;
import org.gansim.api.testkit.VisualizationChecks;
import org.gansim.api.testkit.VisualizationContract;
import org.junit.jupiter.api.Test;

/**
 * Every check GanSim asks of a view (from {@link VisualizationContract}: it builds a component,
 * shows snapshots, paints without throwing), plus the checks of this view itself.
 */
class MyViewTest implements VisualizationContract {

    @Override
    public Visualization createVisualization() {
        return new MyView();
    }

    @Test
    void theCornersOfTheBoundsAreTheCornersOfThePanel() {
        PlotBounds bounds = new PlotBounds(-2, 2, -1, 3);
        assertEquals(new Point(0, 0), MyPanel.toPixel(bounds, -2, 3, 400, 200), "top left: (minX, maxY)");
        assertEquals(new Point(400, 200), MyPanel.toPixel(bounds, 2, -1, 400, 200), "bottom right: (maxX, minY)");
        // (0, 1) is half way across and half way down: (200, 100).
        assertEquals(new Point(200, 100), MyPanel.toPixel(bounds, 0, 1, 400, 200), "the centre");
        // (1, 2.5): three quarters across, one eighth down.
        assertEquals(new Point(300, 25), MyPanel.toPixel(bounds, 1, 2.5, 400, 200));
    }

    @Test
    void paintsTheGeneratedPointsInRed() {
        BufferedImage image = VisualizationChecks.paint(new MyView(), Snapshots.context(2, 0), 500);
        int red = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                red += image.getRGB(x, y) == Color.RED.getRGB() ? 1 : 0;
            }
        }
        assertEquals(true, red > 0, "no red pixel: the generated points are not drawn");
    }
}
