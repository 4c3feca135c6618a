package org.gansim.distributions.support;

import org.gansim.api.PlotBounds;

/**
 * Builds labelled 1-D Gaussian mixtures with bounds that fit both the samples and the density
 * curve. Pure functions; any thread.
 */
public final class Mixtures1d {

    private Mixtures1d() {
    }

    /** A mixture with the given centres, stds and relative weights, x bounds four stds past the outer modes. */
    public static GaussianMixture of(double[] centres, double[] stds, double[] weights) {
        GaussianMixture shape = new GaussianMixture(1, centres, stds, weights, PlotBounds.square(1));
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < centres.length; i++) {
            min = Math.min(min, centres[i] - 4 * stds[i]);
            max = Math.max(max, centres[i] + 4 * stds[i]);
        }
        return new GaussianMixture(1, centres, stds, weights, Bounds.oneDimensional(min, max, shape::density1d));
    }
}
