package org.gansim.api;

import org.gansim.api.param.Params;

/**
 * A plugin that provides a target distribution: the "real data" the generator learns to imitate.
 *
 * <p>Example: {@code org.gansim.examples.RingTarget}, a ring of radius {@code radius} blurred a
 * little, whose sampler draws every random number from the generator it is handed. It is in the
 * API's test sources ({@code simulator-api/src/test/java/org/gansim/examples}), compiled and
 * contract-tested with every build, so it always matches this interface.
 * List the class in {@code META-INF/services/org.gansim.api.TargetDistribution}; test it with
 * {@link org.gansim.api.testkit.TargetDistributionContract}.
 *
 * <p><b>Threads.</b> The host makes one instance and may call it from any thread, several at once
 * (menus read its name on the Swing thread while a simulation trains), so it holds no mutable state.
 * {@link #create} is called on the thread that trains (a simulation's worker, or the command line's
 * thread) each time a run starts or a target parameter changes; the {@link Sampler} it returns must
 * be immutable, since it may be used from any thread.
 *
 * <p><b>Nullness.</b> No argument is ever null and no method may return null. Anything the plugin
 * throws is caught by the host: training pauses with a message naming the plugin's id.
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
