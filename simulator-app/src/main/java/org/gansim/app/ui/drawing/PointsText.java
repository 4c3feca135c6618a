package org.gansim.app.ui.drawing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Reads and writes a drawing as the text of a parameter, in the format of
 * {@link org.gansim.api.param.ParamSpec.TextSpec#drawnPoints()}: {@code "x y[ label]; ..."}.
 * Reading is lenient about what the plugin will judge (empty drawings, gaps in the labels): the
 * plugin has the last word when the text is applied. Pure functions; any thread.
 */
public final class PointsText {

    /** Coordinates are written with this many decimals: far finer than a pixel. */
    static final int DECIMALS = 4;

    /**
     * A drawing read from text.
     *
     * @param strokes  the points, one stroke per run of points with the same label
     * @param labelled whether the text gave class labels
     */
    public record Read(List<Stroke> strokes, boolean labelled) {
        public Read {
            strokes = List.copyOf(strokes);
        }
    }

    private PointsText() {
    }

    /**
     * Reads a drawing.
     *
     * @throws IllegalArgumentException naming the first entry that is not {@code x y} or {@code x y label}
     */
    public static Read parse(String text) {
        List<Stroke> strokes = new ArrayList<>();
        List<Double> run = new ArrayList<>();
        int runLabel = -1;
        Boolean labelled = null;
        for (String entry : text.split("[;\\n\\r]+")) {
            String point = entry.strip();
            if (point.isEmpty()) {
                continue;
            }
            String[] fields = point.split("\\s*,\\s*|\\s+");
            boolean hasLabel = fields.length == 3;
            if ((fields.length != 2 && !hasLabel) || (labelled != null && labelled != hasLabel)) {
                throw new IllegalArgumentException("'" + point + "' is not a point written x y or x y label");
            }
            labelled = hasLabel;
            int label;
            double x;
            double y;
            try {
                x = Double.parseDouble(fields[0]);
                y = Double.parseDouble(fields[1]);
                label = hasLabel ? Integer.parseInt(fields[2]) : 0;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + point + "' is not a point written x y or x y label");
            }
            if (!Double.isFinite(x) || !Double.isFinite(y) || label < 0) {
                throw new IllegalArgumentException("'" + point + "' is not a point written x y or x y label");
            }
            if (label != runLabel && !run.isEmpty()) {
                strokes.add(stroke(run, runLabel));
                run.clear();
            }
            runLabel = label;
            run.add(x);
            run.add(y);
        }
        if (!run.isEmpty()) {
            strokes.add(stroke(run, runLabel));
        }
        return new Read(strokes, Boolean.TRUE.equals(labelled));
    }

    /**
     * Writes the points of {@code strokes} in order, with their class labels when {@code labelled}.
     * No strokes give the empty text.
     */
    public static String format(List<Stroke> strokes, boolean labelled) {
        StringJoiner text = new StringJoiner("; ");
        for (Stroke stroke : strokes) {
            for (int i = 0; i < stroke.size(); i++) {
                String point = number(stroke.x(i)) + " " + number(stroke.y(i));
                text.add(labelled ? point + " " + stroke.label() : point);
            }
        }
        return text.toString();
    }

    private static Stroke stroke(List<Double> xy, int label) {
        return new Stroke(xy.stream().mapToDouble(Double::doubleValue).toArray(), label);
    }

    private static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
