package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import org.jfree.chart.ChartPanel;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Larger app fonts (projector mode) make the views' text and lines larger too. */
class ViewScaleTest {

    private final Object usualFont = UIManager.get("Label.font");

    @AfterEach
    void restore() {
        UIManager.put("Label.font", usualFont);
    }

    private static void labelFontSize(float size) {
        UIManager.put("Label.font", new FontUIResource(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(size)));
    }

    @Test
    void theScaleIsTheLabelFontOverTheUsualSize() {
        labelFontSize(ViewScale.USUAL_FONT_SIZE * 1.6f);
        assertEquals(1.6f, ViewScale.now(), 1e-6);
        labelFontSize(10f);
        assertEquals(1f, ViewScale.now(), "never smaller than usual");
    }

    @Test
    void aChartIsLaidOutSmallerAndDrawnScaledUp() throws Exception {
        XYSeries series = new XYSeries("d");
        series.add(1, 1);
        series.add(2, 3);
        ChartPanel[] panel = new ChartPanel[1];
        PlaneTesting.onEdt(() -> {
            panel[0] = Charts.lineChart("c", "title", "loss", series);
            panel[0].setSize(640, 400);
        });
        labelFontSize(ViewScale.USUAL_FONT_SIZE * 1.6f);
        int large = inkOf(panel[0]);
        assertEquals(400, panel[0].getMaximumDrawWidth(), "640 / 1.6");
        labelFontSize(ViewScale.USUAL_FONT_SIZE);
        int usual = inkOf(panel[0]);
        assertTrue(large > usual * 1.3, "thicker lines and larger text: " + usual + " -> " + large + " dark pixels");
    }

    /** Paints the component and counts its dark pixels: text and lines. */
    private static int inkOf(javax.swing.JComponent component) throws Exception {
        BufferedImage image = new BufferedImage(component.getWidth(), component.getHeight(), BufferedImage.TYPE_INT_RGB);
        PlaneTesting.onEdt(() -> {
            Graphics2D g = image.createGraphics();
            component.paint(g);
            g.dispose();
        });
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                n += brightness < 384 ? 1 : 0;
            }
        }
        return n;
    }
}
