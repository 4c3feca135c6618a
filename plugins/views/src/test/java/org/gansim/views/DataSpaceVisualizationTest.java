package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.gansim.api.PlotBounds;
import org.gansim.api.Visualization;
import org.gansim.api.testkit.Snapshots;
import org.gansim.api.testkit.VisualizationChecks;
import org.gansim.api.testkit.VisualizationContract;
import org.gansim.api.Batch;
import org.gansim.api.ViewContext;
import org.junit.jupiter.api.Test;

class DataSpaceVisualizationTest implements VisualizationContract {

    @Override
    public Visualization createVisualization() {
        return new DataSpaceVisualization();
    }

    /** Whether a pixel is close to a colour (the points are drawn translucent on white). */
    private static boolean near(int rgb, Color colour, int tolerance) {
        Color c = new Color(rgb);
        return Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                + Math.abs(c.getBlue() - colour.getBlue()) <= tolerance;
    }

    /** The bluest pixels: real points. Translucent blue on white is still far bluer than red. */
    private static boolean realPixel(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() - c.getRed() > 60 && c.getBlue() > 150;
    }

    @Test
    void drawsTheRealRingRoundAndTheGeneratedPointsBesideIt() throws Exception {
        // Real and generated samples only: the heat map, its colour bar and the legend are blue too.
        PlaneCanvas canvas = PlaneTesting.only(Snapshots.context(2, 0), PlaneLayer.REAL);
        PlaneTesting.onEdt(() -> canvas.toggle(PlaneLayer.GENERATED));
        BufferedImage image = PlaneTesting.paint(canvas, Snapshots.at(Snapshots.context(2, 0), 100),
                VisualizationChecks.WIDTH, VisualizationChecks.HEIGHT);
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        int minY = Integer.MAX_VALUE;
        int maxY = -1;
        int rightmostY = -1;
        int generated = 0;
        // Skip the legend strip at the top, whose dots have the same colours.
        for (int y = 26; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (realPixel(rgb)) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                    if (x > maxX) {
                        maxX = x;
                        rightmostY = y;
                    }
                }
                if (near(rgb, DataSpaceCanvas.GENERATED, 120)) {
                    generated++;
                }
            }
        }
        assertTrue(maxX > minX, "real points are drawn");
        int width = maxX - minX;
        int height = maxY - minY;
        // The image is 3:2; the ring's extremes wobble by a few pixels with the random samples.
        assertEquals(1.0, width / (double) height, 0.08, "one unit is as long on both axes, so the ring is round");
        assertEquals((minY + maxY) / 2.0, rightmostY, 0.08 * height, "the mode at angle 0 is the rightmost, at mid height");
        assertTrue(generated > 50, "generated points are drawn");
    }

    @Test
    void oneDimensionalDataGetsTwoDensitiesAndTheDiscriminatorCurve() {
        BufferedImage image = VisualizationChecks.paint(new DataSpaceVisualization(), Snapshots.context(1, 0), 100);
        int curve = 0;
        int real = 0;
        for (int y = 26; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                curve += near(rgb, DataSpaceCanvas.DISCRIMINATOR, 30) ? 1 : 0;
                real += near(rgb, DataSpaceCanvas.REAL, 30) ? 1 : 0;
            }
        }
        assertTrue(curve > 100, "D(x) is drawn: " + curve);
        assertTrue(real > 100, "the real density's outline is drawn: " + real);
    }

    @Test
    void densitiesAreHistogramsWithAreaOne() {
        PlotBounds bounds = new PlotBounds(-3, 3, 0, 1);
        // 60 bins of width 0.1: 0.05 and 0.06 fall in bin 30 (0.0 to 0.1), 0.5 in bin 35; 9 is outside.
        double[] density = DataSpaceCanvas.density(Batch.of(1, new double[] {0.05, 0.06, 0.5, 9}), bounds);
        double[] expected = new double[60];
        expected[30] = 2 / (4 * 0.1);
        expected[35] = 1 / (4 * 0.1);
        assertArrayEquals(expected, density, 1e-12);
    }

    @Test
    void supportsOnlyOneAndTwoDimensions() {
        DataSpaceVisualization v = new DataSpaceVisualization();
        assertTrue(v.supports(Snapshots.context(1, 0)));
        assertTrue(v.supports(Snapshots.context(2, 0)));
        assertFalse(v.supports(new ViewContext(3, 0, 2, PlotBounds.square(1), Optional.empty(), "t", "v")));
    }
}
