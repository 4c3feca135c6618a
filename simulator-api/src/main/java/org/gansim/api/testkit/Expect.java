package org.gansim.api.testkit;

import java.util.Locale;

/** Small helpers the checks use to fail with one clear sentence. Stateless; any thread. */
final class Expect {

    private Expect() {
    }

    /** Fails the current check. */
    static AssertionError fail(String sentence) {
        throw new AssertionError(sentence);
    }

    /** Fails with {@code sentence} unless {@code condition} holds. */
    static void that(boolean condition, String sentence) {
        if (!condition) {
            fail(sentence);
        }
    }

    /** Fails unless {@code value} is not null. */
    static <T> T notNull(T value, String what) {
        if (value == null) {
            fail(what + " returned null");
        }
        return value;
    }

    /** A number as a reader wants it: short, and NaN spelled out. */
    static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6g", value) : Double.toString(value);
    }

    /** Point {@code row} of row-major {@code values} with {@code dimension} numbers each, as "(x, y)". */
    static String point(double[] values, int row, int dimension) {
        StringBuilder text = new StringBuilder("(");
        for (int axis = 0; axis < dimension; axis++) {
            text.append(axis == 0 ? "" : ", ").append(number(values[row * dimension + axis]));
        }
        return text.append(')').toString();
    }

    /** The index of the first value that is NaN or infinite, or -1. */
    static int firstNonFinite(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }
}
