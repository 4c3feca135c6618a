package org.gansim.app.plugins;

import java.nio.file.Path;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.gansim.api.GanVariant;
import org.gansim.api.Plugin;
import org.gansim.api.TargetDistribution;
import org.gansim.api.Visualization;

/**
 * Every plugin the app can offer: the built-ins found on the class path and the plugins of every
 * jar in the plugin folders, each jar with a class loader of its own.
 *
 * <p>A plugin that cannot be used (its class is missing, its constructor throws, it was built for
 * another API version, its id is taken, its jar is corrupt) does not stop loading: it becomes a
 * {@link PluginStatus#FAILED} row of {@link #entries()} with the reason, and every other plugin
 * works. When two plugins of one kind share an id, the first one found wins: built-ins first, then
 * the folders in the order given, jars in name order. A plugin that is not created within
 * {@link PluginWatchdog#creationLimit()} (an endless loop in its constructor) is FAILED with "did not
 * finish creating within N s" and its thread is left behind.
 *
 * <pre>{@code
 * List<Path> folders = PluginFolders.withDefault(cliFolders);   // --plugin-dir ..., ~/.gansim/plugins
 * PluginRegistry registry = PluginRegistry.load(folders);
 * Optional<GanVariant> wgan = registry.variant("wgan-gp");
 * }</pre>
 *
 * <p>A class's submissions ({@link #load(List, Path)}) load after the folders, each student's plugins
 * under the student's prefix ({@code alice/hw3-hinge}), so that a class's plugins, which share ids,
 * can be opened side by side.
 *
 * <p>Immutable once loaded: any thread may read it. {@link #load} and {@link #reload} run plugin code
 * and read files, so call them off the Swing event thread where a user waits.
 */
public final class PluginRegistry implements AutoCloseable {

    private final List<Path> pluginDirs;
    /** The folder of a class's submissions, or null. */
    private final Path submissions;
    private final List<PluginEntry> entries;
    private final List<TargetDistribution> targets;
    private final List<GanVariant> variants;
    private final List<Visualization> visualizations;
    private final Map<Plugin, PluginEntry> entryOfPlugin;
    private final List<PluginClassLoader> loaders;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PluginRegistry(List<Path> pluginDirs, Path submissions, PluginScanner scan) {
        this(pluginDirs, submissions, scan.entries(),
                scan.plugins(PluginKind.TARGET).stream().map(TargetDistribution.class::cast).toList(),
                scan.plugins(PluginKind.VARIANT).stream().map(GanVariant.class::cast).toList(),
                scan.plugins(PluginKind.VIEW).stream().map(Visualization.class::cast).toList(),
                scan.entryOfPlugin(), scan.loaders());
    }

    private PluginRegistry(List<Path> pluginDirs, Path submissions, List<PluginEntry> entries,
                           List<TargetDistribution> targets, List<GanVariant> variants,
                           List<Visualization> visualizations, Map<Plugin, PluginEntry> entryOfPlugin,
                           List<PluginClassLoader> loaders) {
        this.pluginDirs = List.copyOf(pluginDirs);
        this.submissions = submissions;
        this.entries = List.copyOf(entries);
        this.targets = List.copyOf(targets);
        this.variants = List.copyOf(variants);
        this.visualizations = List.copyOf(visualizations);
        this.entryOfPlugin = new IdentityHashMap<>(entryOfPlugin);
        this.loaders = List.copyOf(loaders);
    }

    /**
     * This registry without the views whose ids are given: they become SWITCHED_OFF rows with the reason
     * {@code why} gives for each id. The result takes over this registry's jars: close only the result.
     */
    public PluginRegistry withViewsSwitchedOff(Set<String> ids, UnaryOperator<String> why) {
        if (ids.isEmpty()) {
            return this;
        }
        List<PluginEntry> rows = entries.stream()
                .map(e -> e.kind() == PluginKind.VIEW && e.loaded() && ids.contains(e.id())
                        ? new PluginEntry(e.kind(), e.id(), e.name(), e.version(), e.origin(),
                                PluginStatus.SWITCHED_OFF, why.apply(e.id()))
                        : e)
                .toList();
        List<Visualization> kept = visualizations.stream().filter(v -> !ids.contains(entryId(v))).toList();
        return new PluginRegistry(pluginDirs, submissions, rows, targets, variants, kept, entryOfPlugin, loaders);
    }

    /**
     * Loads the built-in plugins and the plugins of every jar in {@code pluginDirs}.
     *
     * @param pluginDirs folders to look for jars in, in order of precedence; a folder that does not
     *                   exist is skipped, and a path to a single jar loads that jar. The caller adds
     *                   the user's default folder (see {@link PluginFolders#withDefault}). Never null.
     * @return the registry; never null, whatever the plugins do
     */
    public static PluginRegistry load(List<Path> pluginDirs) {
        return load(pluginDirs, PluginRegistry.class.getClassLoader());
    }

    /**
     * Loads as {@link #load(List)} does, then a class's submissions.
     *
     * @param submissions a folder holding one sub-folder or jar per student (named after the student),
     *                    or null for none
     */
    public static PluginRegistry load(List<Path> pluginDirs, Path submissions) {
        return load(pluginDirs, submissions, PluginRegistry.class.getClassLoader(), PluginWatchdog.creationLimit());
    }

    /** Loads with the given host class loader: the built-ins are what it lists. */
    static PluginRegistry load(List<Path> pluginDirs, ClassLoader host) {
        return load(pluginDirs, host, PluginWatchdog.creationLimit());
    }

    /**
     * Loads with the given host class loader and time limit: a plugin not created (and described)
     * within {@code limit} is FAILED, its thread left behind, and loading goes on.
     */
    static PluginRegistry load(List<Path> pluginDirs, ClassLoader host, Duration limit) {
        return load(pluginDirs, null, host, limit);
    }

    private static PluginRegistry load(List<Path> pluginDirs, Path submissions, ClassLoader host, Duration limit) {
        PluginScanner scan = new PluginScanner(host, limit);
        scan.scanClassPath();
        pluginDirs.forEach(scan::scanFolder);
        Path root = submissions == null ? null : submissions.toAbsolutePath().normalize();
        if (root != null) {
            scan.scanSubmissions(root);
        }
        return new PluginRegistry(pluginDirs, root, scan);
    }

    /**
     * Loads the same folders again with new class loaders and closes this registry's loaders.
     *
     * <p>Plugins already handed out keep working (a running simulation keeps its plugin until it is
     * reset): their classes are loaded before the jars are closed.
     *
     * @return the new registry; this one should no longer be used for lookups
     */
    public PluginRegistry reload() {
        PluginRegistry fresh = load(pluginDirs, submissions);
        close();
        return fresh;
    }

    /** The folders this registry was loaded from, in order. */
    public List<Path> pluginDirs() {
        return pluginDirs;
    }

    /** The folder of a class's submissions this registry loaded, if any. */
    public Optional<Path> submissions() {
        return Optional.ofNullable(submissions);
    }

    /** Every usable target distribution, built-ins first. */
    public List<TargetDistribution> targets() {
        return targets;
    }

    /** Every usable GAN variant, built-ins first. */
    public List<GanVariant> variants() {
        return variants;
    }

    /** Every usable visualization, built-ins first. */
    public List<Visualization> visualizations() {
        return visualizations;
    }

    /** The usable target distribution with this id. */
    public Optional<TargetDistribution> target(String id) {
        return find(targets, id);
    }

    /** The usable GAN variant with this id. */
    public Optional<GanVariant> variant(String id) {
        return find(variants, id);
    }

    /** The usable visualization with this id. */
    public Optional<Visualization> visualization(String id) {
        return find(visualizations, id);
    }

    /** One row per plugin found, loaded or failed, and per jar that could not be read, in load order. */
    public List<PluginEntry> entries() {
        return entries;
    }

    /** The rows that failed. */
    public List<PluginEntry> failures() {
        return entries.stream().filter(e -> !e.loaded()).toList();
    }

    /**
     * The row of a plugin this registry handed out, to name its origin (jar) in a fault message.
     *
     * @param plugin a plugin from {@link #targets()}, {@link #variants()} or {@link #visualizations()}
     * @return its row, or empty for any other object
     */
    public Optional<PluginEntry> entry(Plugin plugin) {
        return Optional.ofNullable(entryOfPlugin.get(plugin));
    }

    private static <P extends Plugin> Optional<P> find(List<P> plugins, String id) {
        return plugins.stream().filter(p -> entryId(p).equalsIgnoreCase(id)).findFirst();
    }

    private static String entryId(Plugin plugin) {
        try {
            return plugin.id();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * Closes the class loaders of the external jars, after loading their remaining classes so the
     * plugins already handed out keep working. Calling it twice does nothing more.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            loaders.forEach(PluginClassLoader::loadAllThenClose);
        }
    }
}
