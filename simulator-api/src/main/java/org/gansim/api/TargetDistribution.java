package org.gansim.api;

import org.gansim.api.param.Params;

/**
 * A plugin that provides a target distribution: the "real data" the generator learns to imitate.
 *
 * <p>Example: a ring of Gaussians.
 * <pre>{@code
 * public final class Ring implements TargetDistribution {
 *     public String id() { return "my-ring"; }
 *     public int apiVersion() { return ApiVersion.CURRENT; }
 *     public List<ParamSpec> params() {
 *         return List.of(ParamSpec.decimal("radius", "Radius", 2, 0.1, 10));
 *     }
 *     public Sampler create(Params params) {
 *         double radius = params.getDouble("radius");
 *         return new MyRingSampler(radius);
 *     }
 * }
 * }</pre>
 * List the class in {@code META-INF/services/org.gansim.api.TargetDistribution}.
 *
 * @since 1
 */
public interface TargetDistribution extends Plugin {

    /**
     * Creates a sampler for the given parameters.
     *
     * @param params values for every {@link #params()} key, already checked against their specs; never null
     * @return a new sampler; never null
     * @throws IllegalArgumentException when the combination of values is invalid (one sentence naming the parameter)
     */
    Sampler create(Params params);
}
