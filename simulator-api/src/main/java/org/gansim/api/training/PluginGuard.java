package org.gansim.api.training;

import org.gansim.api.Gan;
import org.gansim.api.GanSetup;
import org.gansim.api.GanVariant;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;

/**
 * How a host puts its guards around the plugins of a run: {@link TrainingRun#start} creates the
 * sampler and the GAN through these two methods, so a host can time the calls, catch what they throw
 * and wrap what they return (checking shapes and NaN) before the loop ever calls them. The defaults
 * call the plugin directly, as the contract kit and the metrics harness want.
 *
 * <p>Called on the thread that starts the run.
 *
 * @since 2
 */
public interface PluginGuard {

    /** Calls the plugins directly, with no guard. */
    PluginGuard NONE = new PluginGuard() {
    };

    /**
     * Creates the target's sampler for a run.
     *
     * @param target the target plugin; never null
     * @param params its values; never null
     * @return the sampler the loop draws real data from; never null
     */
    default Sampler sampler(TargetDistribution target, Params params) {
        return target.create(params);
    }

    /**
     * Creates the variant's GAN for a run.
     *
     * @param variant the variant plugin; never null
     * @param setup   what to build; never null
     * @return the GAN the loop trains; never null
     */
    default Gan gan(GanVariant variant, GanSetup setup) {
        return variant.create(setup);
    }
}
