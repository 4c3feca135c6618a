package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gansim.api.PlotBounds;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.testkit.Snapshots;
import org.junit.jupiter.api.Test;

/**
 * The data space's viewport as other views see it (View.viewport, showViewport, onViewportChanged):
 * the user's zoom and reset are told to the listener, a rectangle shown from outside is drawn but not
 * told back, and the 1-D view has no viewport.
 */
class DataSpaceViewportTest {

    private static final int SIZE = 400;

    private final List<PlotBounds> told = new ArrayList<>();

    private static View view(ViewContext context) throws Exception {
        View[] view = new View[1];
        PlaneTesting.onEdt(() -> view[0] = new DataSpaceVisualization().create(context));
        return view[0];
    }

    private static void paint(View view) throws Exception {
        PlaneTesting.onEdt(() -> {
            view.component().setSize(SIZE, SIZE);
            BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
            view.component().paint(image.createGraphics());
        });
    }

    private static void wheel(View view, int clicks) throws Exception {
        PlaneTesting.onEdt(() -> view.component().dispatchEvent(new MouseWheelEvent(view.component(),
                MouseEvent.MOUSE_WHEEL, System.currentTimeMillis(), 0, SIZE / 2, SIZE / 2, 0, false,
                MouseWheelEvent.WHEEL_UNIT_SCROLL, 1, clicks)));
    }

    private static PlotBounds viewport(View view) throws Exception {
        Object[] bounds = new Object[1];
        PlaneTesting.onEdt(() -> bounds[0] = view.viewport().orElseThrow());
        return (PlotBounds) bounds[0];
    }

    @Test
    void theUsersZoomAndResetAreToldAndTheViewportReportsThem() throws Exception {
        ViewContext context = Snapshots.context(2, 0);
        View view = view(context);
        PlaneTesting.onEdt(() -> view.onViewportChanged(told::add));
        assertEquals(context.bounds(), viewport(view), "a new view shows the target's own bounds");
        paint(view); // the wheel zooms around the point under the mouse, known once painted

        wheel(view, -3);
        assertEquals(1, told.size(), "one zoom, one message");
        PlotBounds zoomed = told.get(0);
        assertTrue(zoomed.width() < context.bounds().width(), "the wheel towards the screen zooms in: " + zoomed);
        assertEquals(zoomed, viewport(view));

        PlaneTesting.onEdt(() -> ((PlaneCanvas) view.component()).resetView());
        assertEquals(List.of(zoomed, context.bounds()), told, "going home is a move too");
    }

    @Test
    void aRectangleShownFromOutsideIsDrawnButNotToldBack() throws Exception {
        ViewContext context = Snapshots.context(2, 0);
        View view = view(context);
        PlaneTesting.onEdt(() -> view.onViewportChanged(told::add));
        PlotBounds elsewhere = new PlotBounds(0.5, 1.5, -1, 0);
        PlaneTesting.onEdt(() -> view.showViewport(elsewhere));
        assertEquals(elsewhere, viewport(view));
        assertEquals(List.of(), told, "no echo: a linked view would answer with the same move");

        paint(view);
        PlotFrame frame = ((PlaneCanvas) view.component()).lastFrame();
        assertEquals(elsewhere.minX(), frame.x(frame.area().x), 1e-9, "the axes drawn start at the rectangle shown");
        assertEquals(elsewhere.maxY(), frame.y(frame.area().y), 1e-9);
    }

    @Test
    void theOneDimensionalViewHasNoViewport() throws Exception {
        View view = view(Snapshots.context(1, 0));
        Optional<?>[] viewport = new Optional<?>[1];
        PlaneTesting.onEdt(() -> viewport[0] = view.viewport());
        assertTrue(viewport[0].isEmpty());
    }
}
