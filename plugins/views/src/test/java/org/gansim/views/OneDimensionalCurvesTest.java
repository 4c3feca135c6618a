package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.gansim.api.testkit.Snapshots;
import org.gansim.api.testkit.VisualizationChecks;
import org.junit.jupiter.api.Test;

/** 1-D: the kernel density estimate, the optimal discriminator, and the curves on the canvas. */
class OneDimensionalCurvesTest {

    @Test
    void silvermansBandwidthByHand() {
        // Mean 2, std sqrt(10 / 4) = 1.581; IQR 3 - 1 = 2, 2 / 1.34 = 1.4925 is the smaller;
        // h = 0.9 * 1.4925 * 5^(-1/5).
        assertEquals(0.9 * (2 / 1.34) * Math.pow(5, -0.2), Kde.bandwidth(new double[] {0, 1, 2, 3, 4}), 1e-12);
    }

    @Test
    void oneSampleGivesTheNormalDensityAroundIt() {
        double[] density = Kde.at(new double[] {0}, 1, new double[] {0, 1});
        assertArrayEquals(new double[] {0.3989422804014327, 0.24197072451914337}, density, 1e-12);
    }

    @Test
    void theOptimalDiscriminatorIsTheShareOfTheRealDensity() {
        double[] d = Kde.optimalDiscriminator(new double[] {1, 2, 0}, new double[] {3, 2, 0});
        assertEquals(0.25, d[0], 1e-12);
        assertEquals(0.5, d[1], 1e-12, "equal densities: D* = 1/2");
        assertTrue(Double.isNaN(d[2]), "no density on either side: undefined");
    }

    @Test
    void theCanvasDrawsTheExactDensityAndTheDashedOptimalDiscriminator() {
        BufferedImage image = VisualizationChecks.paint(new DataSpaceVisualization(), Snapshots.context(1, 0), 100);
        int exact = 0;
        int optimal = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                exact += close(c, DataSpaceCanvas.EXACT) ? 1 : 0;
                optimal += close(c, DataSpaceCanvas.OPTIMAL) ? 1 : 0;
            }
        }
        assertTrue(exact > 100, "the exact density is drawn: " + exact);
        assertTrue(optimal > 100, "D* is drawn: " + optimal);
    }

    private static boolean close(Color c, Color target) {
        return Math.abs(c.getRed() - target.getRed()) + Math.abs(c.getGreen() - target.getGreen())
                + Math.abs(c.getBlue() - target.getBlue()) < 30;
    }
}
