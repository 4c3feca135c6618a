package org.gansim.app.ui.drawing;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.gansim.api.PlotBounds;

/**
 * Turns the path the mouse took into evenly spaced points, so a stroke drawn slowly (many mouse
 * events) and one drawn fast (few) give the same density of data points along the line.
 *
 * <p>Pure functions; any thread.
 */
public final class StrokeSampler {

    /** Strokes are sampled this many times along the longer side of the plot bounds. */
    public static final int POINTS_ACROSS = 80;

    private StrokeSampler() {
    }

    /**
     * Points every {@code spacing} along the path, measured along the path: its first point, then
     * one each time the path has gone {@code spacing} further, and its last point when that lies at
     * least half a spacing past the one before. A path that never moves that far (a click) gives its
     * first point only.
     *
     * @param path    the points the pointer passed, in order; at least one
     * @param spacing the distance between two points, in the path's units; positive
     * @return x, y pairs, row-major
     */
    public static double[] sample(List<Point2D> path, double spacing) {
        if (path.isEmpty() || !(spacing > 0)) {
            throw new IllegalArgumentException("A stroke needs at least one point and a positive spacing");
        }
        List<Point2D> out = new ArrayList<>();
        out.add(path.get(0));
        double toNext = spacing; // distance still to go along the path before the next point
        for (int i = 1; i < path.size(); i++) {
            Point2D a = path.get(i - 1);
            Point2D b = path.get(i);
            double length = a.distance(b);
            double along = 0;
            while (length - along >= toNext) {
                along += toNext;
                double t = along / length;
                out.add(new Point2D.Double(a.getX() + t * (b.getX() - a.getX()), a.getY() + t * (b.getY() - a.getY())));
                toNext = spacing;
            }
            toNext -= length - along;
        }
        Point2D last = path.get(path.size() - 1);
        if (spacing - toNext >= spacing / 2) {
            out.add(last);
        }
        double[] xy = new double[2 * out.size()];
        for (int i = 0; i < out.size(); i++) {
            xy[2 * i] = out.get(i).getX();
            xy[2 * i + 1] = out.get(i).getY();
        }
        return xy;
    }

    /** The spacing for strokes drawn over {@code bounds}: a fine line at any zoom. */
    public static double spacingFor(PlotBounds bounds) {
        return Math.max(bounds.width(), bounds.height()) / POINTS_ACROSS;
    }
}
