package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.gansim.api.Snapshot;
import org.gansim.views.PlaneTesting.FormulaGan;
import org.junit.jupiter.api.Test;

/** Pixels of the 2-D data space against hand-worked values, with fake GANs given by formulas. */
class PlaneCanvasTest {

    private static final int W = 500;
    private static final int H = 460;

    /** D jumps from 0 to 1 across x = 0; D is constant ½ for the neutral check. */
    private static FormulaGan step(double slope) {
        return new FormulaGan(true, (x, y) -> 1 / (1 + Math.exp(-slope * x)), (x, y) -> new double[] {0, 0},
                z -> new double[] {z[0], z[1]});
    }

    private static void assertColour(int[] expectedRgb, int actual, String what) {
        Color c = new Color(actual);
        int[] got = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int k = 0; k < 3; k++) {
            assertEquals(expectedRgb[k], got[k], 2, what + ": expected rgb " + java.util.Arrays.toString(expectedRgb)
                    + " but the pixel is " + java.util.Arrays.toString(got));
        }
    }

    @Test
    void heatMapIsBlueWhereDSaysRealOrangeWhereFakeAndGreyWhereUndecided() throws Exception {
        PlaneCanvas canvas = PlaneTesting.only(PlaneTesting.ring(), PlaneLayer.HEAT_MAP);
        BufferedImage image = PlaneTesting.paint(canvas, PlaneTesting.snapshot(step(40), 0, 0), W, H);
        PlotFrame f = canvas.lastFrame();
        // By hand: 60 % of the end colour on white. Real end #2166AC: 255 - 0.6 (255 - 33) = 121.8,
        // 255 - 0.6 (255 - 102) = 163.2, 255 - 0.6 (255 - 172) = 205.2.
        assertColour(new int[] {122, 163, 205}, image.getRGB((int) f.px(2), (int) f.py(1)), "D = 1 at x = 2");
        // Fake end #E66101: 255 - 0.6 * 25 = 240, 255 - 0.6 * 158 = 160.2, 255 - 0.6 * 254 = 102.6.
        assertColour(new int[] {240, 160, 103}, image.getRGB((int) f.px(-2), (int) f.py(-1)), "D = 0 at x = -2");

        PlaneCanvas undecided = PlaneTesting.only(PlaneTesting.ring(), PlaneLayer.HEAT_MAP);
        FormulaGan half = new FormulaGan(true, (x, y) -> 0.5, (x, y) -> new double[] {0, 0}, z -> z);
        BufferedImage grey = PlaneTesting.paint(undecided, PlaneTesting.snapshot(half, 0, 0), W, H);
        // Neutral #F4F4F4: 255 - 0.6 * 11 = 248.4.
        assertColour(new int[] {248, 248, 248}, grey.getRGB((int) f.px(0.3), (int) f.py(-0.7)), "D = 1/2");
    }

    @Test
    void criticScoresGetAScaleCentredOnZero() throws Exception {
        PlaneCanvas canvas = PlaneTesting.only(PlaneTesting.ring(), PlaneLayer.HEAT_MAP);
        FormulaGan critic = new FormulaGan(false, (x, y) -> 10 * x, (x, y) -> new double[] {10, 0}, z -> z);
        BufferedImage image = PlaneTesting.paint(canvas, PlaneTesting.snapshot(critic, 0, 0), W, H);
        PlotFrame f = canvas.lastFrame();
        int zero = image.getRGB((int) Math.round(f.px(0)), (int) f.py(1));
        Color c = new Color(zero);
        assertTrue(Math.abs(c.getRed() - c.getBlue()) < 30, "a score near 0 is near neutral: " + c);
        Color right = new Color(image.getRGB((int) f.px(2.9), (int) f.py(1)));
        Color left = new Color(image.getRGB((int) f.px(-2.9), (int) f.py(1)));
        assertTrue(right.getBlue() > right.getRed() + 60, "positive scores are blue: " + right);
        assertTrue(left.getRed() > left.getBlue() + 100, "negative scores are orange: " + left);
    }

    @Test
    void theCriticScaleMovesAFifthOfTheWayPerSnapshot() {
        CriticRange range = new CriticRange();
        assertEquals(2.0, range.update(2), 1e-12);
        assertEquals(2.0 + 0.2 * (12 - 2), range.update(12), 1e-12);
        assertEquals(4.0, range.update(Double.NaN), 1e-12, "a missing range leaves the scale alone");
    }

    @Test
    void anArrowPointsUpTheSlopeOfDAndIsCapped() throws Exception {
        PlaneCanvas canvas = PlaneTesting.only(PlaneTesting.ring(), PlaneLayer.ARROWS);
        // D's gradient points to the upper left at 45 degrees; the only generated point is at (0.5, -0.5).
        FormulaGan gan = new FormulaGan(true, (x, y) -> 0.5, (x, y) -> new double[] {-3, 3}, z -> z);
        BufferedImage image = PlaneTesting.paint(canvas, PlaneTesting.snapshot(gan, 0.5, -0.5), W, H);
        PlotFrame f = canvas.lastFrame();
        double sx = f.px(0.5);
        double sy = f.py(-0.5);
        double farthest = 0;
        double sumAngle = 0;
        int dark = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                Color c = new Color(image.getRGB(x, y));
                // Only near the arrow's start: the frame and tick labels are dark too.
                double distance = Math.hypot(x - sx, y - sy);
                if (c.getRed() < 160 && distance > 3 && distance < 40) {
                    dark++;
                    farthest = Math.max(farthest, Math.hypot(x - sx, y - sy));
                    sumAngle += Math.atan2(-(y - sy), x - sx);
                }
            }
        }
        assertTrue(dark > 10, "the arrow is drawn: " + dark + " dark pixels");
        // Up and to the left on screen: 135 degrees from the x axis.
        assertEquals(135, Math.toDegrees(sumAngle / dark), 10, "the arrow points up the slope of D");
        assertEquals(PlaneCanvas.ARROW_CAP, farthest, 2.5, "the longest arrow has the capped length");
    }

    @Test
    void theMeshIsGOnTheLatentGrid() throws Exception {
        PlaneCanvas canvas = PlaneTesting.only(PlaneTesting.ring(), PlaneLayer.MESH);
        // A shear: G(z) = (z1 + z2 / 2, z2); the default prior is Gaussian, so the grid spans [-2, 2].
        FormulaGan gan = new FormulaGan(true, (x, y) -> 0.5, (x, y) -> new double[] {0, 0},
                z -> new double[] {z[0] + 0.5 * z[1], z[1]});
        BufferedImage image = PlaneTesting.paint(canvas, PlaneTesting.snapshot(gan, 0, 0), W, H);
        PlaneLayers layers = canvas.layers();
        int top = (PlaneLayers.MESH - 1) * PlaneLayers.MESH + (PlaneLayers.MESH - 1);
        assertEquals(2 + 0.5 * 2, layers.mesh()[2 * top], 1e-12, "vertex z = (2, 2) lands at x = 3");
        assertEquals(2, layers.mesh()[2 * top + 1], 1e-12);
        // A latent cell is 0.2 by 0.2; a shear keeps areas.
        assertEquals(0.04, layers.cellArea(3, 7), 1e-12);
        PlotFrame f = canvas.lastFrame();
        // The bottom-left vertex G(-2, -2) = (-3, -2): the corner of the mesh, drawn in the mesh colour.
        int x = (int) Math.round(f.px(-3)) + 1;
        int y = (int) Math.round(f.py(-2)) - 1;
        Color corner = new Color(image.getRGB(x, y));
        assertTrue(corner.getRed() < 235, "a mesh line at the vertex G(-2, -2): " + corner);
        Color outside = new Color(image.getRGB((int) f.px(-2.5), (int) f.py(1.5)));
        assertEquals(Color.WHITE, outside, "nothing left of the sheared mesh's edge");
    }

    @Test
    void hoverReadsOutPositionDAndTheNearestMode() throws Exception {
        PlaneCanvas canvas = PlaneTesting.only(PlaneTesting.ring(), PlaneLayer.HEAT_MAP);
        PlaneTesting.paint(canvas, PlaneTesting.snapshot(step(40), 0, 0), W, H);
        String[] text = new String[1];
        PlaneTesting.onEdt(() -> text[0] = canvas.readout(1.9, 0.1));
        assertTrue(text[0].startsWith("x 1.900, y 0.100 \u00b7 D(x) 1.000"), text[0]);
        assertTrue(text[0].contains("nearest mode 1 at (2.00, 0.00)"), text[0]);
    }

    @Test
    void zoomKeepsThePointUnderTheMouseAndResetGoesHome() {
        Viewport viewport = new Viewport(org.gansim.api.PlotBounds.square(3));
        viewport.zoom(0.5, 1, 1);
        assertEquals(new org.gansim.api.PlotBounds(-1, 2, -1, 2), viewport.bounds());
        viewport.pan(1, 0);
        assertEquals(new org.gansim.api.PlotBounds(0, 3, -1, 2), viewport.bounds());
        viewport.reset();
        assertTrue(viewport.atHome());
    }

    @Test
    void snapshotGeneratedShownKeepsOnlyTheFirstPoints() {
        Snapshot s = PlaneTesting.snapshot(step(1), 0, 0, 1, 1, 2, 2);
        assertEquals(2, PlaneLayers.generatedShown(s, -1, 2).size());
    }

    @Test
    void contoursCircleEachModeAtTheRadiusWhereTheDensityHalves() {
        // One isotropic normal of std 1 at the origin: it falls to half its peak at r = sqrt(2 ln 2) = 1.1774.
        org.gansim.api.Density normal = p -> Math.exp(-(p[0] * p[0] + p[1] * p[1]) / 2) / (2 * Math.PI);
        ContourImage c = ContourImage.compute(normal, org.gansim.api.PlotBounds.square(3), 600, 600, Color.BLACK);
        // Along the row through the centre, the first line pixel from the right of centre.
        int row = 300;
        int first = -1;
        for (int col = 300; col < 600; col++) {
            if ((c.image().getRGB(col, row) >>> 24) != 0) {
                first = col;
                break;
            }
        }
        double x = -3 + (first + 0.5) / 600 * 6;
        assertEquals(Math.sqrt(2 * Math.log(2)), x, 0.02, "the half-peak contour's radius");
    }
}
