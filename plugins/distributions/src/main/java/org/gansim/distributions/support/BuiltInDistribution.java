package org.gansim.distributions.support;

import org.gansim.api.ApiVersion;
import org.gansim.api.TargetDistribution;

/**
 * The identity every built-in distribution shares (id, menu name, tooltip, API version), so each
 * distribution's file shows only what makes it different: its parameters and its sampler.
 * Plugin authors need not extend it; implementing {@link TargetDistribution} directly works the same.
 * Immutable; any thread.
 */
public abstract class BuiltInDistribution implements TargetDistribution {

    private final String id;
    private final String name;
    private final String description;

    protected BuiltInDistribution(String id, String name, String description) {
        this.id = id;
        this.name = name;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public String toString() {
        return id;
    }
}
