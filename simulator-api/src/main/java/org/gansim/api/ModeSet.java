package org.gansim.api;

import java.util.Arrays;

/**
 * The known modes of a target: their centres and the standard deviation of each mode, so metrics
 * can count modes captured and the share of high-quality samples.
 *
 * @param dimension data dimension, 1 or 2
 * @param centres   the centres, row-major: mode {@code i} is at {@code centres[i*dimension ..]}
 * @param std       the standard deviation of every mode along each axis, positive
 * @since 1
 */
public record ModeSet(int dimension, double[] centres, double std) {

    public ModeSet {
        if (dimension < 1 || centres.length == 0 || centres.length % dimension != 0) {
            throw new IllegalArgumentException("Mode centres must hold at least one point of dimension "
                    + dimension + ", got " + centres.length + " numbers");
        }
        if (!(std > 0)) {
            throw new IllegalArgumentException("Mode std must be positive, got " + std);
        }
        centres = centres.clone();
    }

    /** How many modes there are. */
    public int count() {
        return centres.length / dimension;
    }

    /** The centre of mode {@code i}, a fresh array of {@code dimension} numbers. */
    public double[] centre(int i) {
        return Arrays.copyOfRange(centres, i * dimension, (i + 1) * dimension);
    }

    @Override
    public double[] centres() {
        return centres.clone();
    }
}
