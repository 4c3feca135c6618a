package org.gansim.views;

import java.util.Arrays;

/**
 * A Gaussian kernel density estimate of 1-D samples, with Silverman's rule of thumb for the
 * bandwidth: h = 0.9 · min(σ, IQR / 1.34) · n^(−1/5). A smooth estimate of p_g to draw beside the
 * histogram and to put into the optimal discriminator D* = p_data / (p_data + p_g).
 *
 * <p>Stateless; any thread.
 */
final class Kde {

    private Kde() {
    }

    /** Silverman's bandwidth for {@code values}; a small positive floor when they all coincide. */
    static double bandwidth(double[] values) {
        int n = values.length;
        double mean = Arrays.stream(values).average().orElse(0);
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(var / Math.max(1, n - 1));
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double iqr = sorted[(int) (0.75 * (n - 1))] - sorted[(int) (0.25 * (n - 1))];
        double spread = iqr > 0 ? Math.min(std, iqr / 1.34) : std;
        double h = 0.9 * spread * Math.pow(n, -0.2);
        return h > 1e-9 ? h : 1e-3;
    }

    /** The estimate at each of {@code xs}. */
    static double[] at(double[] values, double h, double[] xs) {
        double[] density = new double[xs.length];
        double norm = 1 / (values.length * h * Math.sqrt(2 * Math.PI));
        for (int i = 0; i < xs.length; i++) {
            double sum = 0;
            for (double v : values) {
                double u = (xs[i] - v) / h;
                if (u > -8 && u < 8) {
                    sum += Math.exp(-u * u / 2);
                }
            }
            density[i] = sum * norm;
        }
        return density;
    }

    /** D*(x) = p_data / (p_data + p_g), NaN where both densities vanish. */
    static double[] optimalDiscriminator(double[] pData, double[] pG) {
        double[] d = new double[pData.length];
        for (int i = 0; i < d.length; i++) {
            double total = pData[i] + pG[i];
            d[i] = total > 1e-12 ? pData[i] / total : Double.NaN;
        }
        return d;
    }
}
