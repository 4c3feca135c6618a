package org.gansim.distributions.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * The text form of a hand-drawn set of 2-D points, as stored in the {@code drawn} target's
 * {@code points} parameter and in saved experiments. Pure functions; any thread.
 *
 * <p>The format: points separated by semicolons (or new lines); each point is {@code x y} (a comma
 * instead of the space also works), optionally followed by a whole-number class label from 0, in
 * which case every point has one. Numbers use a decimal point. Example:
 * <pre>{@code
 * -1 0.5; 0 1; 1 0.5            three unlabelled points
 * -1 0.5 0; 0 1 0; 1 -1 1       two classes
 * }</pre>
 * {@link #format} writes this form with at most four decimals; {@link #parse} reads it.
 */
public final class Drawing {

    /** The most points a drawing may hold. */
    public static final int MAX_POINTS = 100_000;

    /** The largest coordinate allowed, in absolute value: a drawing lives on a canvas. */
    public static final double MAX_COORDINATE = 1000;

    private Drawing() {
    }

    /**
     * Reads a drawing.
     *
     * @param text the drawing in the format above
     * @return the points and, when every point has one, their labels
     * @throws IllegalArgumentException with a sentence naming the faulty point, or saying the drawing is empty
     */
    public static PointTable parse(String text) {
        String[] entries = text.split("[;\\n\\r]+");
        double[] points = new double[2 * Math.min(entries.length, MAX_POINTS)];
        int[] labels = new int[points.length / 2];
        int count = 0;
        Boolean labelled = null;
        for (String entry : entries) {
            String point = entry.strip();
            if (point.isEmpty()) {
                continue;
            }
            if (count == MAX_POINTS) {
                throw new IllegalArgumentException("drawn: the drawing has more than " + MAX_POINTS + " points.");
            }
            String[] fields = point.split("\\s*,\\s*|\\s+");
            String where = "drawn: point " + (count + 1) + " ('" + point + "')";
            if (fields.length != 2 && fields.length != 3) {
                throw new IllegalArgumentException(where + " must be two numbers x y, optionally followed by a"
                        + " class label.");
            }
            boolean hasLabel = fields.length == 3;
            if (labelled != null && labelled != hasLabel) {
                throw new IllegalArgumentException(where + (hasLabel ? " has a class label but point 1 has none"
                        : " has no class label but point 1 has one") + "; label every point or none.");
            }
            labelled = hasLabel;
            points[2 * count] = coordinate(fields[0], where);
            points[2 * count + 1] = coordinate(fields[1], where);
            if (hasLabel) {
                labels[count] = label(fields[2], where);
            }
            count++;
        }
        if (count == 0) {
            throw new IllegalArgumentException("drawn: the drawing is empty; draw at least one point.");
        }
        int[] rowLabels = Boolean.TRUE.equals(labelled) ? Arrays.copyOf(labels, count) : null;
        if (rowLabels != null) {
            int classes = Arrays.stream(rowLabels).max().orElse(0) + 1;
            for (int c = 0; c < classes; c++) {
                final int wanted = c;
                if (Arrays.stream(rowLabels).noneMatch(l -> l == wanted)) {
                    throw new IllegalArgumentException("drawn: class labels must run from 0 to " + (classes - 1)
                            + " without gaps, but no point has label " + c + ".");
                }
            }
        }
        return new PointTable(2, Arrays.copyOf(points, 2 * count), rowLabels);
    }

    /**
     * Writes points in the format {@link #parse} reads, rounded to four decimals.
     *
     * @param points row-major x, y pairs
     * @param labels one class per point, or null
     */
    public static String format(double[] points, int[] labels) {
        StringJoiner text = new StringJoiner("; ");
        for (int i = 0; i < points.length / 2; i++) {
            String point = number(points[2 * i]) + " " + number(points[2 * i + 1]);
            text.add(labels == null ? point : point + " " + labels[i]);
        }
        return text.toString();
    }

    private static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private static double coordinate(String field, String where) {
        double value;
        try {
            value = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(Math.abs(value) <= MAX_COORDINATE)) {
            throw new IllegalArgumentException(where + ": '" + field + "' is not a number from "
                    + (int) -MAX_COORDINATE + " to " + (int) MAX_COORDINATE + ".");
        }
        return value;
    }

    private static int label(String field, String where) {
        try {
            int label = Integer.parseInt(field);
            if (label >= 0 && label <= CsvPointReader.MAX_LABEL) {
                return label;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": class label '" + field + "' is not a whole number from 0 to "
                + CsvPointReader.MAX_LABEL + ".");
    }
}
