package org.gansim.app.plugins;

import java.util.Objects;

/**
 * One row of the plugin table: a loaded plugin, a plugin that failed, or a jar that could not be read.
 *
 * <p>Immutable; any thread. No component is null: a value that is not known (the id of a plugin whose
 * class could not even be loaded) is the empty string.
 *
 * @param kind    what the row is about
 * @param id      the plugin's id, or "" when it could not be read
 * @param name    the plugin's name, or "" when it could not be read
 * @param version the plugin's own version, or "" when it could not be read
 * @param origin  {@link #BUILT_IN} for plugins on the class path, otherwise the jar's path
 * @param status  loaded or failed
 * @param error   why it failed, one sentence; "" when loaded
 */
public record PluginEntry(PluginKind kind, String id, String name, String version, String origin,
                          PluginStatus status, String error) {

    /** The origin of plugins found on the application's own class path. */
    public static final String BUILT_IN = "built-in";

    public PluginEntry {
        Objects.requireNonNull(kind, "kind");
        id = Objects.requireNonNullElse(id, "");
        name = Objects.requireNonNullElse(name, "");
        version = Objects.requireNonNullElse(version, "");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        error = Objects.requireNonNullElse(error, "");
    }

    /** Whether the plugin is usable. */
    public boolean loaded() {
        return status == PluginStatus.LOADED;
    }

    /** Whether the plugin comes from the class path rather than a jar in a plugin folder. */
    public boolean builtIn() {
        return BUILT_IN.equals(origin);
    }
}
