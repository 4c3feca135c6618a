package org.gansim.examples;

import java.util.List;
import java.util.random.RandomGenerator;
import org.gansim.api.ApiVersion;
import org.gansim.api.Batch;
import org.gansim.api.PlotBounds;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;

/**
 * The example of {@link TargetDistribution}'s javadoc: a ring of radius {@code radius}, blurred a
 * little. Compiled and contract-tested with every build ({@link RingTargetTest}).
 */
public final class RingTarget implements TargetDistribution {

    @Override
    public String id() {
        return "my-ring";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(ParamSpec.decimal("radius", "Radius", 2, 0.1, 10));
    }

    @Override
    public Sampler create(Params params) {
        double radius = params.getDouble("radius");
        return new Sampler() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public PlotBounds bounds() {
                return PlotBounds.square(radius + 1);
            }

            @Override
            public Batch sample(int n, RandomGenerator rng) {
                double[] xy = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    double angle = 2 * Math.PI * rng.nextDouble();
                    xy[2 * i] = radius * Math.cos(angle) + 0.05 * rng.nextGaussian();
                    xy[2 * i + 1] = radius * Math.sin(angle) + 0.05 * rng.nextGaussian();
                }
                return Batch.of(2, xy);
            }
        };
    }
}
