package org.gansim.app.ui;

import javax.swing.SpinnerNumberModel;

/**
 * A spinner model for values that span orders of magnitude, such as learning rates: the arrows move
 * along 1, 2, 5, 10, 20, 50, ... times a power of ten, so 2e-4 goes up to 5e-4 and down to 1e-4,
 * while any value in range can still be typed.
 *
 * <p>Swing thread only, like every spinner model.
 */
final class StepLadderSpinnerModel extends SpinnerNumberModel {

    private static final double[] MANTISSAS = {1, 2, 5};

    StepLadderSpinnerModel(double value, double min, double max) {
        super(Double.valueOf(value), Double.valueOf(min), Double.valueOf(max), Double.valueOf(1));
    }

    @Override
    public Object getNextValue() {
        double v = ((Number) getValue()).doubleValue();
        double next = ladderAbove(v);
        return next <= ((Number) getMaximum()).doubleValue() ? Double.valueOf(next) : null;
    }

    @Override
    public Object getPreviousValue() {
        double v = ((Number) getValue()).doubleValue();
        double previous = ladderBelow(v);
        return previous >= ((Number) getMinimum()).doubleValue() ? Double.valueOf(previous) : null;
    }

    /** The smallest ladder value clearly above {@code v} (v positive). */
    static double ladderAbove(double v) {
        int exponent = (int) Math.floor(Math.log10(v)) - 1;
        for (int e = exponent; e <= exponent + 2; e++) {
            for (double m : MANTISSAS) {
                double candidate = clean(m, e);
                if (candidate > v * (1 + 1e-9)) {
                    return candidate;
                }
            }
        }
        return v * 10;
    }

    /** The largest ladder value clearly below {@code v} (v positive). */
    static double ladderBelow(double v) {
        int exponent = (int) Math.floor(Math.log10(v)) + 1;
        for (int e = exponent; e >= exponent - 2; e--) {
            for (int i = MANTISSAS.length - 1; i >= 0; i--) {
                double candidate = clean(MANTISSAS[i], e);
                if (candidate < v * (1 - 1e-9)) {
                    return candidate;
                }
            }
        }
        return v / 10;
    }

    /** m times ten to the e, written so that 2e-4 is exactly the double parsed from "2e-4". */
    private static double clean(double m, int e) {
        return Double.parseDouble((int) m + "e" + e);
    }
}
