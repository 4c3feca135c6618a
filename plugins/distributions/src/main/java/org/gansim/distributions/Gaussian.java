package org.gansim.distributions;

import java.util.List;
import org.gansim.api.ModeSet;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.Bounds;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.ShapeSampler;

/**
 * {@code gaussian}: one 2-D Gaussian with its own mean and spread per axis and a correlation: the
 * simplest target, where a GAN can reach its Nash equilibrium. Unlabelled.
 *
 * <p>A point is {@code x = mx + sx z1}, {@code y = my + sy (rho z1 + sqrt(1 - rho^2) z2)} for
 * independent standard normals z1, z2, which gives exactly the requested stds and correlation.
 * Stateless; any thread.
 */
public final class Gaussian extends BuiltInDistribution {

    public Gaussian() {
        super("gaussian", "Gaussian",
                "A single 2-D Gaussian with a chosen mean, spread per axis and correlation: the easiest"
                        + " target, where the generator can match the data exactly.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.decimal("mean_x", "Mean x", 1, -50, 50).describe("Centre along x."),
                ParamSpec.decimal("mean_y", "Mean y", 1, -50, 50).describe("Centre along y."),
                ParamSpec.decimal("std_x", "Std x", 0.5, 0.001, 50).describe("Standard deviation along x."),
                ParamSpec.decimal("std_y", "Std y", 0.5, 0.001, 50).describe("Standard deviation along y."),
                ParamSpec.decimal("correlation", "Correlation", 0.5, -0.99, 0.99)
                        .describe("Correlation of x and y: positive tilts the cloud up to the right."));
    }

    @Override
    public Sampler create(Params params) {
        double meanX = params.getDouble("mean_x");
        double meanY = params.getDouble("mean_y");
        double stdX = params.getDouble("std_x");
        double stdY = params.getDouble("std_y");
        double rho = params.getDouble("correlation");
        double rest = Math.sqrt(1 - rho * rho);
        ModeSet mode = new ModeSet(2, new double[] {meanX, meanY}, widestStd(stdX, stdY, rho));
        return new ShapeSampler(2, 0,
                Bounds.around(meanX - 3 * stdX, meanX + 3 * stdX, meanY - 3 * stdY, meanY + 3 * stdY),
                (rng, out) -> {
                    double z1 = rng.nextGaussian();
                    double z2 = rng.nextGaussian();
                    out[0] = meanX + stdX * z1;
                    out[1] = meanY + stdY * (rho * z1 + rest * z2);
                    return 0;
                },
                mode).withDensity(p -> {
                    // The bivariate normal density with correlation rho.
                    double u = (p[0] - meanX) / stdX;
                    double v = (p[1] - meanY) / stdY;
                    double q = (u * u - 2 * rho * u * v + v * v) / (1 - rho * rho);
                    return Math.exp(-q / 2) / (2 * Math.PI * stdX * stdY * rest);
                });
    }

    /**
     * The standard deviation along the long axis of the ellipse: the square root of the larger
     * eigenvalue of the covariance matrix {@code [[sx^2, c], [c, sy^2]]} with {@code c = rho sx sy}.
     */
    static double widestStd(double stdX, double stdY, double rho) {
        double a = stdX * stdX;
        double d = stdY * stdY;
        double c = rho * stdX * stdY;
        return Math.sqrt((a + d) / 2 + Math.sqrt((a - d) * (a - d) / 4 + c * c));
    }
}
