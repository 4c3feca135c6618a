package org.gansim.app.ui.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.gansim.api.PlotBounds;
import org.junit.jupiter.api.Test;

class PlotMappingTest {

    /** A 400 x 200 pixel plot at (50, 20) over x -2..2, y -1..1: 100 pixels per unit, just fitting. */
    private final PlotMapping exact = PlotMapping.fit(new Rectangle2D.Double(50, 20, 400, 200),
            new PlotBounds(-2, 2, -1, 1));

    @Test
    void cornersAndCentreLandWhereTheyShould() {
        assertEquals(100, exact.pixelsPerUnit(), 1e-12);
        assertPoint(50, 220, exact.toPixel(-2, -1));
        assertPoint(450, 20, exact.toPixel(2, 1));
        assertPoint(250, 120, exact.toPixel(0, 0));
        assertPoint(0.5, 0.25, exact.toData(300, 95));
        assertPoint(-2, 1, exact.toData(50, 20));
    }

    @Test
    void pixelToDataAndBackIsTheIdentity() {
        PlotMapping odd = PlotMapping.fit(new Rectangle2D.Double(13, 7, 517, 389), new PlotBounds(-0.3, 4.1, -7, 2));
        for (int px = 13; px <= 530; px += 47) {
            for (int py = 7; py <= 396; py += 31) {
                Point2D data = odd.toData(px, py);
                assertPoint(px, py, odd.toPixel(data.getX(), data.getY()));
            }
        }
    }

    @Test
    void oneUnitIsAsLongOnBothAxesAndTheSpareRoomShowsMore() {
        // A square region in a wide plot: x is widened, y fits exactly, the centre stays put.
        PlotMapping wide = PlotMapping.fit(new Rectangle2D.Double(0, 0, 600, 300), PlotBounds.square(1));
        assertEquals(150, wide.pixelsPerUnit(), 1e-12);
        assertEquals(new PlotBounds(-2, 2, -1, 1), wide.shown());
        Point2D right = wide.toData(600, 150);
        Point2D top = wide.toData(300, 0);
        assertEquals(2, right.getX(), 1e-12);
        assertEquals(1, top.getY(), 1e-12);
        // A unit step in x and one in y cover the same number of pixels.
        assertEquals(wide.toPixel(1, 0).getX() - wide.toPixel(0, 0).getX(),
                wide.toPixel(0, 0).getY() - wide.toPixel(0, 1).getY(), 1e-9);

        PlotMapping tall = PlotMapping.fit(new Rectangle2D.Double(0, 0, 200, 400), new PlotBounds(3, 5, 0, 1));
        assertEquals(100, tall.pixelsPerUnit(), 1e-12);
        assertEquals(new PlotBounds(3, 5, -1.5, 2.5), tall.shown());
    }

    @Test
    void containsAndClampKeepToThePlot() {
        assertTrue(exact.contains(50, 20));
        assertTrue(exact.contains(450, 220));
        assertFalse(exact.contains(49, 100));
        assertFalse(exact.contains(100, 221));
        assertPoint(450, 20, exact.clamp(900, -40));
        assertPoint(120, 220, exact.clamp(120, 500));
    }

    @Test
    void ticksAreRoundNumbersInsideTheRange() {
        assertEquals(List.of(-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0), PlotMapping.ticks(-2.2, 2.2, 0.5));
        assertEquals(List.of(-0.4, -0.2, 0.0, 0.2), PlotMapping.ticks(-0.5, 0.3, 0.2));
        // The same spacing on both axes, from the shorter side: x -2..2 and y -1..1 give 0.2.
        assertEquals(0.2, exact.tickSpacing(), 1e-12);
        assertEquals(5, PlotMapping.fit(new Rectangle2D.Double(0, 0, 100, 100), PlotBounds.square(21)).tickSpacing(), 1e-12);
        assertEquals(2, PlotMapping.fit(new Rectangle2D.Double(0, 0, 100, 100), PlotBounds.square(9.5)).tickSpacing(), 1e-12);
        assertEquals("0.5", PlotMapping.label(0.5, 0.5));
        assertEquals("-2", PlotMapping.label(-2, 1));
        assertEquals("0.60", PlotMapping.label(0.6000000000000001, 0.05));
        assertEquals("0.0", PlotMapping.label(1e-17, 0.5));
        assertEquals("0", PlotMapping.label(-1e-17, 2));
    }

    @Test
    void anEmptyAreaIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PlotMapping.fit(new Rectangle2D.Double(0, 0, 0, 10), PlotBounds.square(1)));
    }

    static void assertPoint(double x, double y, Point2D actual) {
        assertEquals(x, actual.getX(), 1e-9, "x of " + actual);
        assertEquals(y, actual.getY(), 1e-9, "y of " + actual);
    }
}
