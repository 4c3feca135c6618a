package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.gansim.api.Snapshot;
import org.gansim.api.testkit.Snapshots;
import org.gansim.views.PlaneTesting.FormulaGan;
import org.junit.jupiter.api.Test;

/** How the data space is drawn: pictures from the worker reused, a small foldable legend, the point count setting. */
class PlaneCanvasDrawingTest {

    private static final int W = 500;
    private static final int H = 460;

    private static FormulaGan slope() {
        return new FormulaGan(true, (x, y) -> 1 / (1 + Math.exp(-x)), (x, y) -> new double[] {1, 0},
                z -> new double[] {z[0], z[1]});
    }

    private static PlaneCanvas everyLayer() throws Exception {
        PlaneCanvas[] canvas = new PlaneCanvas[1];
        PlaneTesting.onEdt(() -> canvas[0] = new PlaneCanvas(PlaneTesting.ring()));
        return canvas[0];
    }

    private static BufferedImage repaint(PlaneCanvas canvas) throws Exception {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        PlaneTesting.onEdt(() -> {
            Graphics2D g = image.createGraphics();
            canvas.paint(g);
            g.dispose();
        });
        return image;
    }

    @Test
    void framesReuseTheWorkersPictureUntilTheSizeOrTheLayersChange() throws Exception {
        PlaneCanvas canvas = everyLayer();
        PlaneTesting.paint(canvas, PlaneTesting.snapshot(slope(), 0.5, -0.5), W, H);
        PlanePicture fromWorker = canvas.picture();
        repaint(canvas);
        assertSame(fromWorker, canvas.picture(), "a second frame at the same size draws no layer again");
        assertEquals(canvas.lastFrame().area().width, fromWorker.under().getWidth(), "drawn for the plot's size");

        PlaneTesting.onEdt(() -> canvas.toggle(PlaneLayer.MESH));
        repaint(canvas);
        assertNotSame(fromWorker, canvas.picture(), "switching a layer off redraws the picture");
        assertFalse(canvas.picture().shown().contains(PlaneLayer.MESH));
    }

    @Test
    void theLegendIsASmallBoxInTheTopRightCornerThatFoldsToOneLine() throws Exception {
        PlaneCanvas canvas = everyLayer();
        PlaneTesting.onEdt(() -> canvas.setLegendCollapsed(false));
        PlaneTesting.paint(canvas, PlaneTesting.snapshot(slope(), 0.5, -0.5), W, H);
        Rectangle plot = canvas.lastFrame().area();
        Rectangle open = canvas.legendArea();
        double share = open.width * (double) open.height / (plot.width * (double) plot.height);
        assertTrue(share < 0.10, "the open legend covers under a tenth of the plot: " + share);
        assertTrue(open.x + open.width <= plot.x + plot.width && open.x > plot.x + plot.width / 2,
                "in the right half: " + open + " of " + plot);
        assertTrue(open.y >= plot.y && open.y < plot.y + 10, "at the top: " + open + " of " + plot);

        PlaneTesting.onEdt(() -> canvas.setLegendCollapsed(true));
        repaint(canvas);
        Rectangle folded = canvas.legendArea();
        assertTrue(folded.height < open.height / 4, "folded to its title row: " + folded.height + " of " + open.height);

        PlaneTesting.onEdt(() -> canvas.setLegendShown(false));
        repaint(canvas);
        assertTrue(canvas.legendArea().isEmpty(), "hidden altogether (key L)");
    }

    @Test
    void theLegendStartsFoldedOnASmallPlotAndOpenOnALargeOne() throws Exception {
        Snapshot s = PlaneTesting.snapshot(slope(), 0.5, -0.5);
        PlaneCanvas small = everyLayer();
        PlaneTesting.paint(small, s, 300, 280);
        PlaneCanvas large = everyLayer();
        PlaneTesting.paint(large, s, 900, 860);
        int[] heights = new int[2];
        PlaneTesting.onEdt(() -> {
            heights[0] = small.legendArea().height;
            heights[1] = large.legendArea().height;
        });
        assertTrue(heights[0] * 4 < heights[1], "folded to one row on the small plot: " + heights[0]
                + " px high, open on the large one: " + heights[1] + " px");
        Rectangle plot = large.lastFrame().area();
        Rectangle legend = large.legendArea();
        assertTrue(legend.width * (double) legend.height <= PlaneLegend.MOST_COVERED * plot.width * plot.height,
                "open only where it covers little of the plot");
    }

    @Test
    void theLegendIsSeeThrough() throws Exception {
        PlaneCanvas canvas = PlaneTesting.only(PlaneTesting.ring(), PlaneLayer.HEAT_MAP);
        PlaneTesting.onEdt(() -> canvas.setLegendShown(true));
        // D = 1 everywhere: the whole plot is the real end of the scale, blue.
        FormulaGan sure = new FormulaGan(true, (x, y) -> 1.0, (x, y) -> new double[] {0, 0}, z -> z);
        PlaneTesting.paint(canvas, PlaneTesting.snapshot(sure, 0, 0), W, H);
        BufferedImage image = repaint(canvas);
        Rectangle legend = canvas.legendArea();
        // A pixel inside the box, right of the text: blue shows through the white.
        Color inside = new Color(image.getRGB(legend.x + legend.width - 2, legend.y + legend.height - 2));
        assertTrue(inside.getBlue() > inside.getRed() + 10, "the heat map shows through the legend: " + inside);
    }

    @Test
    void theGeneratedPointCountIsCheckedWithOneSentence() {
        assertEquals(250, PlaneSettings.parsePoints(" 250 "));
        assertEquals(PlaneCanvas.MAX_POINTS, PlaneSettings.parsePoints(String.valueOf(PlaneCanvas.MAX_POINTS)));
        IllegalArgumentException words = assertThrows(IllegalArgumentException.class,
                () -> PlaneSettings.parsePoints("many"));
        assertEquals("The number of generated points must be a whole number from 1 to 1000; \"many\" is not a whole"
                + " number.", words.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> PlaneSettings.parsePoints("0"));
        assertEquals("The number of generated points must be a whole number from 1 to 1000; 0 is out of range.",
                zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlaneSettings.parsePoints("1001"));
    }

    @Test
    void theSettingsComeBackInAFreshCanvasAndARefusedOneChangesNothing() throws Exception {
        PlaneCanvas saved = PlaneTesting.only(PlaneTesting.ring(), PlaneLayer.MESH);
        PlaneCanvas fresh = new PlaneCanvas(PlaneTesting.ring());
        PlaneTesting.onEdt(() -> {
            saved.setPoints(123);
            saved.setLegendShown(false);
            PlaneSettings.apply(PlaneSettings.of(saved), fresh);
        });
        assertEquals(java.util.Map.of("layers", "mesh", "points", "123", "legend", "false"), PlaneSettings.of(fresh));
        assertEquals(java.util.EnumSet.of(PlaneLayer.MESH), fresh.shownLayers());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> PlaneSettings.apply(
                java.util.Map.of("points", "7", "layers", "mesh,heatmap"), fresh));
        assertEquals("Unknown data-space layer 'heatmap' in layers; the layers are heat-map, real, generated, arrows,"
                + " mesh, contours.", unknown.getMessage());
        assertEquals(123, fresh.points(), "a refused setting leaves the others as they were");
    }

    @Test
    void theViewMenuSwitchesLayersAndShowsWhatIsOn() throws Exception {
        PlaneCanvas canvas = new PlaneCanvas(PlaneTesting.ring());
        javax.swing.JMenu menu = new javax.swing.JMenu("Data space");
        PlaneTesting.onEdt(() -> PlaneSettings.addTo(menu, canvas));
        javax.swing.JCheckBoxMenuItem heat = null;
        for (int i = 0; i < menu.getItemCount(); i++) {
            if (menu.getItem(i) != null && "layer:heat-map".equals(menu.getItem(i).getName())) {
                heat = (javax.swing.JCheckBoxMenuItem) menu.getItem(i);
            }
        }
        assertTrue(heat != null && heat.isSelected(), "the heat map is on at first, and its item says so");
        javax.swing.JCheckBoxMenuItem item = heat;
        PlaneTesting.onEdt(item::doClick);
        assertTrue(!canvas.shownLayers().contains(PlaneLayer.HEAT_MAP), "the item switched the heat map off");
        PlaneTesting.onEdt(() -> canvas.toggle(PlaneLayer.HEAT_MAP));
        PlaneTesting.onEdt(() -> java.util.Arrays.stream(menu.getMenuListeners()).forEach(l -> l.menuSelected(null)));
        assertTrue(item.isSelected(), "switched on again on the canvas, the item is ticked when the menu opens");
    }

    @Test
    void thePointCountDecidesHowManyGeneratedPointsGetArrows() throws Exception {
        PlaneCanvas canvas = everyLayer();
        Snapshot s = Snapshots.at(Snapshots.context(2, 0), 100);
        PlaneTesting.onEdt(() -> canvas.setPoints(40));
        PlaneTesting.paint(canvas, s, W, H);
        assertEquals(2 * 40, canvas.layers().arrowFrom().length, "arrows at the first 40 generated points");
        assertEquals(40, canvas.points());
    }
}
