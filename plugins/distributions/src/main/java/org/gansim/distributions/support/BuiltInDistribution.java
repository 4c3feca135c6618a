package org.gansim.distributions.support;

import org.gansim.api.TargetDistribution;
import org.gansim.api.support.DescribedPlugin;

/**
 * The identity every built-in distribution shares (id, menu name, tooltip, API version, held by
 * {@link DescribedPlugin}), so each distribution's file shows only what makes it different: its
 * parameters and its sampler. Plugin authors need not extend it; implementing
 * {@link TargetDistribution} directly works the same. Immutable; any thread.
 */
public abstract class BuiltInDistribution extends DescribedPlugin implements TargetDistribution {

    protected BuiltInDistribution(String id, String name, String description) {
        super(id, name, description);
    }
}
