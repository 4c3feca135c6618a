package org.gansim.app.ui.drawing;

import java.util.Arrays;

/**
 * One stroke of a drawing: the points of one click or one drag, in data coordinates, and the class
 * they were drawn with.
 *
 * @param points x, y pairs, row-major, at least one pair; copied
 * @param label  the class chosen when it was drawn, from 0
 */
public record Stroke(double[] points, int label) {

    public Stroke {
        if (points.length == 0 || points.length % 2 != 0 || label < 0) {
            throw new IllegalArgumentException("A stroke needs x, y pairs and a class from 0");
        }
        points = points.clone();
    }

    @Override
    public double[] points() {
        return points.clone();
    }

    /** How many points. */
    public int size() {
        return points.length / 2;
    }

    public double x(int i) {
        return points[2 * i];
    }

    public double y(int i) {
        return points[2 * i + 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stroke s && s.label == label && Arrays.equals(s.points, points);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(points) + label;
    }

    @Override
    public String toString() {
        return "Stroke[" + size() + " points, class " + label + "]";
    }
}
