package org.gansim.api.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.gansim.api.Visualization;
import org.gansim.samples.BrokenViews;
import org.gansim.samples.DotsView;
import org.junit.jupiter.api.Test;

/** Each mistake a view can make is caught by the check for it; views are painted without a window. */
class VisualizationChecksTest {

    private static Map<String, String> failuresOf(Visualization view) {
        return TargetDistributionChecksTest.failures(VisualizationChecks.report(view));
    }

    @Test
    void aGoodViewPassesEveryCheck() {
        ContractReport report = VisualizationChecks.report(new DotsView());
        assertTrue(report.passed(), report::toText);
        assertEquals(10, report.results().size());
    }

    @Test
    void thePaintedImageShowsTheSnapshot() {
        BufferedImage image = VisualizationChecks.paint(new DotsView(), Snapshots.context(2, 0), 500);
        assertEquals(VisualizationChecks.WIDTH, image.getWidth());
        // the made-up generator squashes z into (-1.5, 1.5)^2, so the centre of the plot has red dots
        // and a corner, outside the ring and the square, is white background
        int red = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                red += image.getRGB(x, y) == 0xFFFF0000 ? 1 : 0;
            }
        }
        assertTrue(red > 100, "red pixels: " + red);
        assertEquals(0xFFFFFFFF, image.getRGB(2, 2));
    }

    @Test
    void aViewThatThrowsWhenPainting() {
        Map<String, String> failures = failuresOf(new BrokenViews.ThrowsWhenPainting());
        assertEquals(List.of("paints a snapshot into an image"), List.copyOf(failures.keySet()));
        assertTrue(failures.get("paints a snapshot into an image").matches("painting the view of 2-D data threw"
                + " IllegalStateException: no colour for class 3 \\(at org.gansim.samples.BrokenViews"
                + "\\$ThrowsWhenPainting\\$1.paintComponent:\\d+\\)"), failures::toString);
    }

    @Test
    void aViewThatNeedsAHistory() {
        Map<String, String> failures = failuresOf(new BrokenViews.NeedsAHistory());
        assertTrue(failures.get("shows snapshots").startsWith("show() of a fresh 1-D data simulation (step 0, empty"
                + " history) threw ArrayIndexOutOfBoundsException: "), failures::toString);
    }

    @Test
    void aViewThatMakesANewComponentEachTime() {
        assertEquals("component() returned a different component on the second call for 1-D data: create it once,"
                + " in create()", failuresOf(new BrokenViews.NewComponentEachTime()).get("builds a view with one component"));
    }

    @Test
    void aViewThatSupportsNothing() {
        assertEquals(Map.of("supports 1-D or 2-D data", "supports() is false for 1-D data, 2-D data and labelled 2-D"
                + " data: the view could never be shown"), failuresOf(new BrokenViews.SupportsNothing()));
    }

    @Test
    void aViewThatDoesNotTakeBackItsOwnSettings() {
        Map<String, String> failures = failuresOf(new BrokenViews.ForgetsItsSettings());
        assertEquals(List.of("takes back its own settings"), List.copyOf(failures.keySet()));
        assertTrue(failures.get("takes back its own settings").contains(": applySettings must take back every"
                + " setting that settings() gives"), failures::toString);
    }
}
