package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gansim.api.ViewContext;
import org.gansim.api.testkit.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every view to PNG, the data space and the charts to SVG, a chart's numbers to CSV. */
class ViewExportTest {

    @TempDir
    Path folder;

    @Test
    void theDataSpaceGoesToPngAndSvg() throws Exception {
        PlaneCanvas canvas = PlaneTesting.only(PlaneTesting.ring(), PlaneLayer.REAL);
        PlaneTesting.paint(canvas, Snapshots.at(PlaneTesting.ring(), 10), 400, 300);
        Path png = folder.resolve("space.png");
        Path svg = folder.resolve("space.svg");
        PlaneTesting.onEdt(() -> {
            try {
                ViewExport.png(canvas, png);
                ViewExport.svg(canvas, svg);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(400, read.getWidth());
        assertEquals(300, read.getHeight());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<svg") || text.contains("<svg "), "an SVG document");
        assertTrue(text.contains("Data space"), "the title is text in the SVG");
        // 256 real points, each an ellipse path.
        assertTrue(text.split("<path|<ellipse").length > 200, "the points are vector shapes");
    }

    @Test
    void aChartsNumbersGoToCsvOneRowPerPoint() throws Exception {
        ViewContext ring = Snapshots.context(2, 0);
        MetricsChartView view = new MetricsChartView(ring);
        PlaneTesting.onEdt(() -> {
            view.show(Snapshots.at(ring, 10));
            view.show(Snapshots.at(ring, 20));
        });
        String[] csv = new String[1];
        PlaneTesting.onEdt(() -> csv[0] = ViewExport.csvText(ViewExport.chartIn(view.component())));
        String[] lines = csv[0].split("\n");
        assertEquals("series,x,y", lines[0]);
        long jsRows = java.util.Arrays.stream(lines).filter(l -> l.startsWith("\"JS, binned\",")).count();
        assertEquals(2, jsRows, "two JS points, at steps 10 and 20: ");
        assertTrue(csv[0].contains("\"JS, binned\",20.0," + view.binnedJsSeries().getY(1).doubleValue()), csv[0]);
        view.component().setSize(500, 400);
        assertTrue(ViewExport.svgText(view.component()).contains("Sample quality"), "the chart's title is in its SVG");
    }

    @Test
    void barChartsGoToCsvByCategory() throws Exception {
        ViewContext ring = Snapshots.context(2, 0);
        ModeBarsView view = new ModeBarsView(ring.modes().orElseThrow());
        PlaneTesting.onEdt(() -> view.show(Snapshots.at(ring, 10)));
        String text = ViewExport.csvText(ViewExport.chartIn(view.component()));
        assertTrue(text.startsWith("series,category,value\n"), text);
        assertEquals(1 + 2 * 8, text.split("\n").length, "real and generated for each of the 8 modes");
    }
}
