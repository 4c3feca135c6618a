package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.gansim.api.ApiVersion;
import org.gansim.api.PlotBounds;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;
import org.gansim.api.testkit.Snapshots;
import org.junit.jupiter.api.Test;

/**
 * Two view grids linked by {@link LinkedViewports}: a move on one side is shown on the other and not
 * echoed back, views rebuilt for the same target bounds take the rectangle chosen, views for other
 * bounds start from their own, and a view that throws is replaced by its notice without stopping the
 * link. Headless: fake views, no window.
 */
class LinkedViewportsTest {

    private static final PlotBounds ZOOMED = new PlotBounds(-1, 1, 0, 2);

    /** A view with a data plane: records what it is shown, and lets the test move it as a user would. */
    private static final class PlaneView implements View {
        final JPanel panel = new JPanel();
        final List<PlotBounds> shown = new ArrayList<>();
        Consumer<PlotBounds> listener;
        final boolean broken;
        boolean echoes;

        PlaneView(boolean broken) {
            this.broken = broken;
        }

        @Override
        public JComponent component() {
            return panel;
        }

        @Override
        public void show(Snapshot snapshot) {
        }

        @Override
        public void showViewport(PlotBounds bounds) {
            if (broken) {
                throw new IllegalStateException("no viewport here");
            }
            shown.add(bounds);
            if (echoes) {
                listener.accept(bounds); // against the rule in View.showViewport
            }
        }

        @Override
        public void onViewportChanged(Consumer<PlotBounds> newListener) {
            listener = newListener;
        }

        void userMoves(PlotBounds bounds) {
            listener.accept(bounds);
        }
    }

    /** Hands out the views it creates, in order, so the test can reach them. */
    private static final class Planes implements Visualization {
        final List<PlaneView> created = new ArrayList<>();
        final boolean broken;

        Planes(boolean broken) {
            this.broken = broken;
        }

        @Override
        public String id() {
            return broken ? "broken-plane" : "plane";
        }

        @Override
        public int apiVersion() {
            return ApiVersion.CURRENT;
        }

        @Override
        public View create(ViewContext context) {
            PlaneView view = new PlaneView(broken);
            created.add(view);
            return view;
        }

        PlaneView last() {
            return created.get(created.size() - 1);
        }
    }

    private static ViewContext withBounds(PlotBounds bounds) {
        ViewContext c = Snapshots.context(2, 0);
        return new ViewContext(c.dataDim(), c.classes(), c.latentDim(), bounds, c.modes(), c.targetName(),
                c.variantName(), c.density(), c.objective());
    }

    @Test
    void aMoveOnOneSideIsShownOnTheOtherAndKeptForViewsRebuiltOnTheSameBounds() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            ViewContext context = Snapshots.context(2, 0);
            Planes leftPlanes = new Planes(false);
            Planes rightPlanes = new Planes(false);
            ViewGrid left = new ViewGrid(1);
            ViewGrid right = new ViewGrid(1);
            LinkedViewports.link(left, right);
            left.rebuild(List.of(leftPlanes), context);
            right.rebuild(List.of(rightPlanes), context);
            assertEquals(List.of(), rightPlanes.last().shown, "nothing to show before a move");

            leftPlanes.last().userMoves(ZOOMED);
            assertEquals(List.of(ZOOMED), rightPlanes.last().shown, "the right side shows the left's move");
            assertEquals(List.of(), leftPlanes.last().shown, "and the left is not told its own move back");

            right.rebuild(List.of(rightPlanes), context); // a reset or another variant on the right
            assertEquals(List.of(ZOOMED), rightPlanes.last().shown, "a new view on the same bounds keeps the axes");

            right.rebuild(List.of(rightPlanes), withBounds(PlotBounds.square(5))); // another target
            assertEquals(List.of(), rightPlanes.last().shown, "a view on other bounds starts from its own");
        });
    }

    @Test
    void aViewThatEchoesWhatItIsShownDoesNotSetTheTwoSidesBouncing() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            ViewContext context = Snapshots.context(2, 0);
            Planes leftPlanes = new Planes(false);
            Planes rightPlanes = new Planes(false);
            ViewGrid left = new ViewGrid(1);
            ViewGrid right = new ViewGrid(1);
            LinkedViewports.link(left, right);
            left.rebuild(List.of(leftPlanes), context);
            right.rebuild(List.of(rightPlanes), context);
            leftPlanes.last().echoes = true;
            rightPlanes.last().echoes = true;

            leftPlanes.last().userMoves(ZOOMED);
            assertEquals(List.of(ZOOMED), rightPlanes.last().shown, "shown once on the right");
            assertEquals(List.of(), leftPlanes.last().shown, "and the right's echo is not sent back to the left");
        });
    }

    @Test
    void aViewThatThrowsIsReplacedByItsNoticeAndTheOthersStayLinked() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            ViewContext context = Snapshots.context(2, 0);
            Planes leftPlanes = new Planes(false);
            Planes broken = new Planes(true);
            Planes rightPlanes = new Planes(false);
            ViewGrid left = new ViewGrid(1);
            ViewGrid right = new ViewGrid(1);
            LinkedViewports.link(left, right);
            left.rebuild(List.of(leftPlanes), context);
            right.rebuild(List.of(broken, rightPlanes), context);

            leftPlanes.last().userMoves(ZOOMED);
            SafeViewContainer failed = right.containers().get(0);
            assertNotNull(failed.failure(), "the broken view is replaced by a notice");
            assertTrue(failed.failure().contains("broken-plane") && failed.failure().contains("no viewport here"),
                    failed.failure());
            assertNull(right.containers().get(1).failure());
            assertEquals(List.of(ZOOMED), rightPlanes.last().shown, "the working view beside it is still linked");
            assertEquals(Optional.empty(), failed.viewport());
        });
    }
}
