package org.gansim.api.support;

import org.gansim.api.ApiVersion;
import org.gansim.api.Plugin;

/**
 * A base holding what every plugin says about itself: its id, menu name, description, and the API
 * version it is compiled against. Extended by {@link MlpVariant} and by the built-in targets, so a
 * plugin's file shows only what makes it different. Optional: implementing {@link Plugin}'s methods
 * directly works the same. Immutable; any thread.
 *
 * @since 2
 */
public abstract class DescribedPlugin implements Plugin {

    private final String id;
    private final String name;
    private final String description;

    /**
     * @param id          the stable id, such as {@code "ring8"}; never null
     * @param name        the menu name; never null
     * @param description one or two sentences for the tooltip, citing where the defaults come from;
     *                    never null
     */
    protected DescribedPlugin(String id, String name, String description) {
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
