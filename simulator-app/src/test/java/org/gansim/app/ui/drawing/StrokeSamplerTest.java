package org.gansim.app.ui.drawing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.gansim.api.PlotBounds;
import org.junit.jupiter.api.Test;

class StrokeSamplerTest {

    private static Point2D p(double x, double y) {
        return new Point2D.Double(x, y);
    }

    @Test
    void aClickIsOnePoint() {
        assertArrayEquals(new double[] {1, 2}, StrokeSampler.sample(List.of(p(1, 2)), 0.1));
        // A hand that trembles less than half a spacing still makes one point.
        assertArrayEquals(new double[] {1, 2}, StrokeSampler.sample(List.of(p(1, 2), p(1.02, 2), p(1.01, 2.01)), 0.1));
    }

    @Test
    void aStraightDragIsSampledEvenlyFromItsStartToItsEnd() {
        double[] xy = StrokeSampler.sample(List.of(p(0, 0), p(1, 0)), 0.25);
        assertArrayEquals(new double[] {0, 0, 0.25, 0, 0.5, 0, 0.75, 0, 1, 0}, xy, 1e-12);
        // The end is kept when it lies at least half a spacing past the last point, dropped when closer.
        assertArrayEquals(new double[] {0, 0, 0.35, 0, 0.7, 0, 1, 0},
                StrokeSampler.sample(List.of(p(0, 0), p(1, 0)), 0.35), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0.45, 0, 0.9, 0}, StrokeSampler.sample(List.of(p(0, 0), p(1, 0)), 0.45),
                1e-12);
    }

    @Test
    void theSpacingIsMeasuredAlongThePathWhateverTheMouseEventsWere() {
        // The same L-shaped path, once in two segments and once in many small ones, as a slow hand gives.
        List<Point2D> coarse = List.of(p(0, 0), p(1, 0), p(1, 1));
        List<Point2D> fine = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            fine.add(p(i / 100.0, 0));
        }
        for (int i = 1; i <= 100; i++) {
            fine.add(p(1, i / 100.0));
        }
        double[] a = StrokeSampler.sample(coarse, 0.3);
        double[] b = StrokeSampler.sample(fine, 0.3);
        assertArrayEquals(a, b, 1e-9);
        assertArrayEquals(new double[] {0, 0, 0.3, 0, 0.6, 0, 0.9, 0, 1, 0.2, 1, 0.5, 1, 0.8, 1, 1}, a, 1e-9);
    }

    @Test
    void consecutivePointsOfALongCurvedStrokeAreOneSpacingApartAlongIt() {
        List<Point2D> circle = new ArrayList<>();
        for (int i = 0; i <= 720; i++) {
            double angle = Math.PI * i / 360;
            circle.add(p(Math.cos(angle), Math.sin(angle)));
        }
        double spacing = 0.05;
        double[] xy = StrokeSampler.sample(circle, spacing);
        // Arc length 2 pi, so about 2 pi / 0.05 = 125.7 gaps.
        assertEquals(127, xy.length / 2);
        for (int i = 2; i < xy.length - 2; i += 2) {
            double chord = Math.hypot(xy[i] - xy[i - 2], xy[i + 1] - xy[i - 1]);
            assertEquals(spacing, chord, 1e-4);
            assertEquals(1, Math.hypot(xy[i], xy[i + 1]), 1e-4, "on the circle");
        }
    }

    @Test
    void theSpacingFollowsTheSizeOfThePlot() {
        assertEquals(4.0 / StrokeSampler.POINTS_ACROSS, StrokeSampler.spacingFor(new PlotBounds(-2, 2, -1, 1)), 1e-12);
        assertEquals(40.0 / StrokeSampler.POINTS_ACROSS, StrokeSampler.spacingFor(new PlotBounds(0, 10, -20, 20)), 1e-12);
    }

    @Test
    void nothingToSampleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StrokeSampler.sample(List.of(), 0.1));
        assertThrows(IllegalArgumentException.class, () -> StrokeSampler.sample(List.of(p(0, 0)), 0));
    }
}
