package org.gansim.api;

import java.util.List;
import org.gansim.api.param.ParamSpec;

/**
 * What every plugin has, whatever its kind: an id, a name for menus, a description, its
 * parameters and the API version it was built for.
 *
 * <p>Only {@link #id()} and {@link #apiVersion()} must be written; the rest have defaults. A plugin
 * is created by {@link java.util.ServiceLoader} through a public no-argument constructor, may be
 * called from any thread, and must hold no mutable state: everything that changes while training
 * lives in the objects it creates. No method returns {@code null}.
 *
 * @since 1
 */
public interface Plugin {

    /**
     * A short, stable, lower-case identifier such as {@code "ring8"} or {@code "wgan-gp"}: used on
     * the command line, in saved experiments and in menus. It never changes between versions.
     */
    String id();

    /** The API version this plugin was compiled against: implement as {@code return ApiVersion.CURRENT;}. */
    int apiVersion();

    /** A human name for menus; defaults to the id. */
    default String name() {
        return id();
    }

    /** One or two sentences shown as a tooltip and in the plugin manager; may cite a paper. */
    default String description() {
        return "";
    }

    /** The plugin's own version, shown in the plugin manager. */
    default String version() {
        return "1.0";
    }

    /** The parameters the user may set, with defaults and valid ranges; empty when there are none. */
    default List<ParamSpec> params() {
        return List.of();
    }
}
