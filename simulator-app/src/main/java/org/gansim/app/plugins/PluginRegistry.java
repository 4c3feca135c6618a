package org.gansim.app.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.gansim.api.ApiVersion;
import org.gansim.api.GanVariant;
import org.gansim.api.Plugin;
import org.gansim.api.TargetDistribution;
import org.gansim.api.Visualization;

/**
 * The plugins the app can use: the built-ins found on the class path by {@link ServiceLoader}.
 *
 * <p>A class-path-only placeholder with the registry's public API; plugin folders are not read yet.
 * A provider that cannot be loaded, declares an unsupported API version or repeats an id is left
 * out, and the others stay. Immutable once loaded; any thread.
 */
public final class PluginRegistry {

    private final List<TargetDistribution> targets;
    private final List<GanVariant> variants;
    private final List<Visualization> visualizations;

    private PluginRegistry(List<TargetDistribution> targets, List<GanVariant> variants,
                           List<Visualization> visualizations) {
        this.targets = targets;
        this.variants = variants;
        this.visualizations = visualizations;
    }

    /**
     * Finds every plugin.
     *
     * @param pluginDirs folders of plugin jars (not read by this placeholder); never null
     */
    public static PluginRegistry load(List<Path> pluginDirs) {
        ClassLoader loader = PluginRegistry.class.getClassLoader();
        return new PluginRegistry(find(TargetDistribution.class, loader), find(GanVariant.class, loader),
                find(Visualization.class, loader));
    }

    private static <T extends Plugin> List<T> find(Class<T> kind, ClassLoader loader) {
        Map<String, T> byId = new LinkedHashMap<>();
        Iterator<T> providers = ServiceLoader.load(kind, loader).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                T plugin = providers.next();
                if (ApiVersion.isSupported(plugin.apiVersion())) {
                    byId.putIfAbsent(plugin.id(), plugin);
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                // A broken provider is skipped; the iterator moves on to the next one.
            }
        }
        List<T> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(Plugin::id));
        return List.copyOf(sorted);
    }

    public List<TargetDistribution> targets() {
        return targets;
    }

    public List<GanVariant> variants() {
        return variants;
    }

    public List<Visualization> visualizations() {
        return visualizations;
    }

    public Optional<TargetDistribution> target(String id) {
        return targets.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<GanVariant> variant(String id) {
        return variants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Visualization> visualization(String id) {
        return visualizations.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
