package org.gansim.app.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.gansim.api.ApiVersion;
import org.gansim.api.training.Faults;
import org.gansim.api.Plugin;
import org.gansim.api.param.Params;

/**
 * Finds plugins on the class path and in plugin folders and checks each one, turning every failure
 * into a {@link PluginStatus#FAILED} row instead of an exception (after JUnit's
 * {@code EngineDiscoveryOrchestrator}: one broken plugin never stops the others).
 *
 * <p>Used once, by one thread, to build a {@link PluginRegistry}.
 */
final class PluginScanner {

    /** More providers than any real jar lists: stops a service loader that keeps failing on one line. */
    private static final int MAX_PROVIDERS_PER_KIND = 1000;

    private final ClassLoader host;
    private final Duration limit;
    private final List<PluginEntry> entries = new ArrayList<>();
    private final Map<PluginKind, List<Plugin>> plugins = new HashMap<>();
    private final Map<Plugin, PluginEntry> entryOfPlugin = new IdentityHashMap<>();
    private final Map<String, PluginEntry> firstById = new HashMap<>();
    private final List<PluginClassLoader> loaders = new ArrayList<>();
    /** The student whose submission is being scanned ({@link #scanSubmissions}), else null. */
    private String student;

    PluginScanner(ClassLoader host) {
        this(host, PluginWatchdog.creationLimit());
    }

    /**
     * @param limit how long creating one plugin (and reading its id, name, version and parameters)
     *              may take before it is FAILED and its thread left behind
     */
    PluginScanner(ClassLoader host, Duration limit) {
        this.host = host;
        this.limit = limit;
        for (PluginKind kind : PluginKind.pluginKinds()) {
            plugins.put(kind, new ArrayList<>());
        }
    }

    /** Loads the built-in plugins: every provider the host's class path lists. */
    void scanClassPath() {
        for (PluginKind kind : PluginKind.pluginKinds()) {
            scan(kind, host, PluginEntry.BUILT_IN);
        }
    }

    /** Loads every jar directly inside {@code folder}, in name order; a missing folder adds nothing. */
    void scanFolder(Path folder) {
        if (Files.isRegularFile(folder) && isJar(folder)) {
            scanJar(folder);
            return;
        }
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(f -> Files.isRegularFile(f) && isJar(f)).sorted().toList();
        } catch (IOException e) {
            entries.add(failedJar(folder, "the plugin folder cannot be read: " + Faults.describe(e)));
            return;
        }
        jars.forEach(this::scanJar);
    }

    /**
     * Loads a class's submissions: each folder or jar directly inside {@code root}, in name order, is
     * one student's, and their plugins load under the student's prefix ({@link StudentPlugin}).
     * Other files (a README, a gradebook) are passed over.
     */
    void scanSubmissions(Path root) {
        List<Path> submissions;
        try (Stream<Path> files = Files.list(root)) {
            submissions = files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> Files.isDirectory(f) || (Files.isRegularFile(f) && isJar(f)))
                    .sorted().toList();
        } catch (IOException e) {
            entries.add(failedJar(root, "the submissions folder cannot be read: " + Faults.describe(e)));
            return;
        }
        for (Path submission : submissions) {
            student = StudentPlugin.studentOf(submission);
            try {
                scanFolder(submission);
            } finally {
                student = null;
            }
        }
    }

    /** Loads the plugins of one jar with a class loader of its own. */
    void scanJar(Path jar) {
        Path path = jar.toAbsolutePath().normalize();
        String origin = path.toString();
        String problem = checkJar(path);
        if (problem != null) {
            entries.add(failedJar(path, problem));
            return;
        }
        PluginClassLoader loader;
        try {
            loader = new PluginClassLoader(path, host);
        } catch (IOException | RuntimeException e) {
            entries.add(failedJar(path, "cannot be opened: " + Faults.describe(e)));
            return;
        }
        loaders.add(loader);
        for (PluginKind kind : PluginKind.pluginKinds()) {
            scan(kind, loader, origin);
        }
    }

    /** Why a jar cannot hold plugins (unreadable, or no service file), or null when it may. */
    static String checkJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (PluginKind kind : PluginKind.pluginKinds()) {
                if (file.getEntry(kind.serviceFile()) != null) {
                    return null;
                }
            }
            return "declares no plugins: it has no META-INF/services/ file named after"
                    + " org.gansim.api.TargetDistribution, org.gansim.api.GanVariant or org.gansim.api.Visualization";
        } catch (IOException | RuntimeException e) {
            return "is not a readable jar file (" + Faults.describe(e) + ")";
        }
    }

    private void scan(PluginKind kind, ClassLoader loader, String origin) {
        Class<? extends Plugin> service = kind.service();
        Iterator<? extends ServiceLoader.Provider<? extends Plugin>> providers;
        try {
            // stream() finds each provider's class without creating it, so creating it can be watched
            providers = ServiceLoader.load(service, loader).stream().iterator();
        } catch (Throwable failure) {
            FaultMessages.rethrowIfFatal(failure);
            entries.add(failed(kind, "", "", "", origin, FaultMessages.describe(service, failure)));
            return;
        }
        for (int i = 0; i < MAX_PROVIDERS_PER_KIND; i++) {
            ServiceLoader.Provider<? extends Plugin> provider;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                provider = providers.next();
            } catch (Throwable failure) {
                // ServiceConfigurationError (class missing, not a subtype, no constructor) or a
                // LinkageError: the service loader moves on to the next line of the service file.
                FaultMessages.rethrowIfFatal(failure);
                entries.add(failed(kind, "", "", "", origin, FaultMessages.describe(service, failure)));
                continue;
            }
            create(kind, provider, origin);
        }
    }

    /** What a freshly created plugin says about itself, read on the watched thread. */
    private record Described(Plugin plugin, String id, String name, String version, int api, String problem) {
    }

    /** Creates one provider and reads its description under the watchdog, then keeps it or reports why not. */
    private void create(PluginKind kind, ServiceLoader.Provider<? extends Plugin> provider, String origin) {
        String className = provider.type().getName();
        String owner = student;
        Described described;
        try {
            described = PluginWatchdog.call("gansim-plugin-create " + className, limit,
                    () -> describe(owner == null ? provider.get()
                            : StudentPlugin.wrap(kind.service(), provider.get(), owner), className));
        } catch (TimeoutException e) {
            entries.add(failed(kind, "", "", "", origin, className + " did not finish creating within "
                    + PluginWatchdog.seconds(limit) + " (an endless loop in its constructor, its static"
                    + " initialiser or its description?); it was left behind and may keep a core busy until GanSim exits"));
            return;
        } catch (Throwable failure) {
            FaultMessages.rethrowIfFatal(failure);
            entries.add(failed(kind, "", "", "", origin, FaultMessages.describe(kind.service(), failure)));
            return;
        }
        if (described.problem() != null) {
            entries.add(failed(kind, described.id(), described.name().isEmpty() ? className : described.name(),
                    described.version(), origin, described.problem()));
            return;
        }
        admit(kind, described, origin);
    }

    /** Reads what the host needs from a plugin; a throw, a blank id or a bad parameter default is the problem. */
    private static Described describe(Plugin plugin, String className) {
        String id = "";
        String name = "";
        String version = "";
        int api;
        try {
            id = plugin.id();
            if (id == null || id.isBlank()) {
                return new Described(plugin, "", className, "", 0, className + " has a blank id");
            }
            api = plugin.apiVersion();
            name = plugin.name();
            version = plugin.version();
            if (!ApiVersion.isSupported(api)) {
                return new Described(plugin, id, name, version, api, Faults.unsupportedVersion(api));
            }
        } catch (Throwable failure) {
            FaultMessages.rethrowIfFatal(failure);
            return new Described(plugin, id, name, version, 0, className + " threw while describing itself: "
                    + Faults.describe(failure) + Faults.place(failure));
        }
        try {
            // Every parameter list must give valid defaults: the window and run start from them.
            Params.defaults(plugin.params());
        } catch (Throwable failure) {
            FaultMessages.rethrowIfFatal(failure);
            return new Described(plugin, id, name, version, 0,
                    "its parameters cannot be used: params() failed with " + Faults.describe(failure)
                            + Faults.place(failure));
        }
        return new Described(plugin, id, name, version, api, null);
    }

    /** Keeps a described plugin unless its id is taken. */
    private void admit(PluginKind kind, Described described, String origin) {
        String id = described.id();
        String name = described.name();
        String version = described.version();
        Plugin plugin = described.plugin();
        String key = kind + ":" + id.toLowerCase(Locale.ROOT);
        PluginEntry first = firstById.get(key);
        if (first != null) {
            String winner = first.builtIn() ? "the built-in " + kind.label() + " with this id"
                    : "the " + kind.label() + " with this id from " + first.origin();
            entries.add(failed(kind, id, name, version, origin, "duplicate id '" + id + "': " + winner
                    + " is used instead"));
            return;
        }
        PluginEntry entry = new PluginEntry(kind, id, name, version, origin, PluginStatus.LOADED, "");
        firstById.put(key, entry);
        entries.add(entry);
        plugins.get(kind).add(plugin);
        entryOfPlugin.put(plugin, entry);
    }

    private static PluginEntry failed(PluginKind kind, String id, String name, String version, String origin,
                                      String error) {
        return new PluginEntry(kind, id, name, version, origin, PluginStatus.FAILED, error);
    }

    private static PluginEntry failedJar(Path jar, String error) {
        return failed(PluginKind.JAR, "", String.valueOf(jar.getFileName()), "", jar.toString(), error);
    }

    private static boolean isJar(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    List<PluginEntry> entries() {
        return entries;
    }

    List<Plugin> plugins(PluginKind kind) {
        return plugins.get(kind);
    }

    Map<Plugin, PluginEntry> entryOfPlugin() {
        return entryOfPlugin;
    }

    List<PluginClassLoader> loaders() {
        return loaders;
    }
}
