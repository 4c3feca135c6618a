package org.gansim.app.plugins;

import org.gansim.api.GanVariant;
import org.gansim.api.Plugin;
import org.gansim.api.TargetDistribution;
import org.gansim.api.Visualization;

/**
 * The kind of a row in the plugin table: one of the three plugin kinds, or {@link #JAR} for a jar
 * that could not be opened at all (so no plugin in it has a kind yet).
 *
 * <p>Immutable; any thread.
 */
public enum PluginKind {
    /** A {@link TargetDistribution}. */
    TARGET("target", TargetDistribution.class),
    /** A {@link GanVariant}. */
    VARIANT("variant", GanVariant.class),
    /** A {@link Visualization}. */
    VIEW("view", Visualization.class),
    /** Not a plugin kind: a whole jar that failed before any of its plugins could be read. */
    JAR("jar", null);

    private final String label;
    private final Class<? extends Plugin> service;

    PluginKind(String label, Class<? extends Plugin> service) {
        this.label = label;
        this.service = service;
    }

    /** The word shown in the table's kind column. */
    public String label() {
        return label;
    }

    /** The service interface a jar lists in META-INF/services; only for the three plugin kinds. */
    Class<? extends Plugin> service() {
        if (service == null) {
            throw new IllegalStateException(this + " is not a plugin kind");
        }
        return service;
    }

    /** The service file a jar needs to provide plugins of this kind. */
    String serviceFile() {
        return "META-INF/services/" + service().getName();
    }

    /** The three kinds of plugin, in the order the registry loads them. */
    static PluginKind[] pluginKinds() {
        return new PluginKind[] {TARGET, VARIANT, VIEW};
    }
}
