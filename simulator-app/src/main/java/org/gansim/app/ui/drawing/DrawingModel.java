package org.gansim.app.ui.drawing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What the drawing dialog is editing: the strokes so far, what Undo goes back to, whether the
 * points carry class labels, and the class new strokes get. The drawing the dialog opened with is
 * where Undo stops; Clear can be undone like a stroke.
 *
 * <p>Swing thread only.
 */
public final class DrawingModel {

    /** Classes 0 to {@code CLASSES - 1} can be chosen: enough for a lesson, each with its own colour. */
    public static final int CLASSES = 10;

    private final List<Runnable> listeners = new ArrayList<>();
    private final Deque<List<Stroke>> undo = new ArrayDeque<>();
    private List<Stroke> strokes;
    private boolean labelled;
    private int currentClass;

    /** Starts from a drawing read from a parameter. */
    public DrawingModel(PointsText.Read start) {
        this.strokes = start.strokes();
        this.labelled = start.labelled();
    }

    /** Calls {@code listener} after every change. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public List<Stroke> strokes() {
        return strokes;
    }

    /** How many points in all. */
    public int pointCount() {
        return strokes.stream().mapToInt(Stroke::size).sum();
    }

    /** Adds a stroke drawn with the current class. */
    public void add(double[] points) {
        List<Stroke> next = new ArrayList<>(strokes);
        next.add(new Stroke(points, currentClass));
        change(next);
    }

    /** Removes every stroke; Undo brings them back. */
    public void clear() {
        if (!strokes.isEmpty()) {
            change(List.of());
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Goes back one stroke (or one Clear). */
    public void undo() {
        if (canUndo()) {
            strokes = undo.pop();
            changed();
        }
    }

    /** Whether the text written carries each stroke's class. */
    public boolean labelled() {
        return labelled;
    }

    public void setLabelled(boolean labelled) {
        if (this.labelled != labelled) {
            this.labelled = labelled;
            changed();
        }
    }

    /** The class the next stroke gets. */
    public int currentClass() {
        return currentClass;
    }

    /** Chooses the class of the next strokes; choosing a class means the drawing is labelled. */
    public void chooseClass(int label) {
        if (label < 0 || label >= CLASSES) {
            throw new IllegalArgumentException("A class must be from 0 to " + (CLASSES - 1) + ", got " + label);
        }
        currentClass = label;
        labelled = true;
        changed();
    }

    /** The drawing as the parameter's text. */
    public String text() {
        return PointsText.format(strokes, labelled);
    }

    private void change(List<Stroke> next) {
        undo.push(strokes);
        strokes = List.copyOf(next);
        changed();
    }

    private void changed() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
