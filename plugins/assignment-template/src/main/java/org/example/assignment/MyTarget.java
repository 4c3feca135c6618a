package org.example.assignment;

import java.util.List;
import org.gansim.api.ApiVersion;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;

/**
 * The target distribution of this assignment: a ring of Gaussian blobs, the classic picture of
 * mode collapse. GanSim lists it in the Target menu; its parameters appear in the parameter panel.
 *
 * <p>This class is complete: the work is in {@link MySampler}. GanSim creates it through the public
 * constructor (it is listed in {@code META-INF/services/org.gansim.api.TargetDistribution}) and may
 * call it from any thread, so it keeps no state.
 */
public final class MyTarget implements TargetDistribution {

    /** The id the grader and the command line know the plugin by: keep it as the teacher chose it. */
    @Override
    public String id() {
        return "assignment-ring";
    }

    @Override
    public int apiVersion() {
        // Baked in when compiling: GanSim refuses a plugin built for an API it does not speak.
        return ApiVersion.CURRENT;
    }

    @Override
    public String name() {
        return "Ring of blobs (assignment)";
    }

    @Override
    public String description() {
        return "Gaussian blobs evenly spaced on a circle: a generator that collapses covers only a few of them.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("modes", "Blobs", 8, 1, 32)
                        .describe("How many blobs sit on the circle."),
                ParamSpec.decimal("radius", "Radius", 2, 0.5, 10)
                        .describe("The radius of the circle the blobs' centres lie on."),
                ParamSpec.decimal("std", "Blob spread", 0.05, 0.001, 1)
                        .describe("The standard deviation of each blob along each axis."));
    }

    @Override
    public Sampler create(Params params) {
        return new MySampler(params.getInt("modes"), params.getDouble("radius"), params.getDouble("std"));
    }
}
