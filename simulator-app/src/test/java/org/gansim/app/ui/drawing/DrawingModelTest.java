package org.gansim.app.ui.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gansim.api.PlotBounds;
import org.junit.jupiter.api.Test;

class DrawingModelTest {

    @Test
    void strokesAddUpAndUndoStopsAtTheDrawingItOpenedWith() {
        DrawingModel model = new DrawingModel(PointsText.parse("0 0; 1 1"));
        int[] changes = {0};
        model.onChange(() -> changes[0]++);
        assertEquals("0 0; 1 1", model.text());
        assertFalse(model.canUndo());

        model.add(new double[] {2, 2, 3, 3});
        model.add(new double[] {4, 4});
        assertEquals("0 0; 1 1; 2 2; 3 3; 4 4", model.text());
        assertEquals(5, model.pointCount());
        model.undo();
        assertEquals("0 0; 1 1; 2 2; 3 3", model.text());
        model.undo();
        model.undo(); // nothing left to undo: the opened drawing stays
        assertEquals("0 0; 1 1", model.text());
        assertEquals(4, changes[0]);
    }

    @Test
    void clearEmptiesTheDrawingAndUndoBringsItBack() {
        DrawingModel model = new DrawingModel(PointsText.parse("0 0; 1 1"));
        model.clear();
        assertEquals("", model.text());
        assertEquals(0, model.pointCount());
        assertTrue(model.canUndo());
        model.undo();
        assertEquals("0 0; 1 1", model.text());
    }

    @Test
    void choosingAClassLabelsTheDrawingAndEveryStrokeKeepsItsClass() {
        DrawingModel model = new DrawingModel(PointsText.parse("0 0"));
        assertFalse(model.labelled());
        model.chooseClass(1);
        assertTrue(model.labelled());
        model.add(new double[] {1, 1});
        model.chooseClass(2);
        model.add(new double[] {2, 2});
        assertEquals("0 0 0; 1 1 1; 2 2 2", model.text(), "the opened, unlabelled points are class 0");
        model.setLabelled(false);
        assertEquals("0 0; 1 1; 2 2", model.text());
        model.setLabelled(true);
        assertEquals("0 0 0; 1 1 1; 2 2 2", model.text(), "the classes come back");
        assertThrows(IllegalArgumentException.class, () -> model.chooseClass(DrawingModel.CLASSES));
    }

    @Test
    void aLabelledDrawingOpensLabelled() {
        DrawingModel model = new DrawingModel(PointsText.parse("0 0 1; 1 1 0"));
        assertTrue(model.labelled());
        assertEquals("0 0 1; 1 1 0", model.text());
    }

    @Test
    void theCanvasShowsTheTargetsBoundsAndAtLeastTheWholeDrawing() {
        PlotBounds target = PlotBounds.square(2);
        assertEquals(target, DrawingDialog.canvasBounds(target, PointsText.parse("0 0; 1 1")));
        assertEquals(new PlotBounds(-2, 5.5, -2, 2), DrawingDialog.canvasBounds(target, PointsText.parse("0 0; 5 1")));
        assertEquals(target, DrawingDialog.canvasBounds(target, PointsText.parse("")));
        assertEquals(PlotBounds.square(2), DrawingDialog.canvasBounds(null, PointsText.parse("")));
        assertEquals(new PlotBounds(-1, 11, -1, 1), DrawingDialog.canvasBounds(null, PointsText.parse("0 0; 10 0")));
        assertEquals(List.of(), PointsText.parse("").strokes());
    }
}
