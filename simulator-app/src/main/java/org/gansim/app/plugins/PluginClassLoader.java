package org.gansim.app.plugins;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The class loader of one external plugin jar.
 *
 * <p>Delegation, in order (after pf4j's {@code PluginClassLoader}):
 * <ol>
 *   <li>the plugin API ({@code org.gansim.api.*}) always comes from the host, so {@code GanVariant}
 *       is one type everywhere and a jar that bundles its own copy of the API cannot break that;</li>
 *   <li>the Java platform ({@code java.*}, {@code javax.swing}, ...) comes from the JDK;</li>
 *   <li>the host's internals ({@code org.gansim.app.*}) are not visible at all: they are no part of
 *       the API and may change at any time;</li>
 *   <li>every other class is looked up in the jar first, then in the host (so a view may use the
 *       host's JFreeChart without bundling it, and a jar that bundles a library gets its own copy).</li>
 * </ol>
 * Service files ({@code META-INF/services/...}) are only read from the jar itself, so scanning a jar
 * never finds the host's built-in plugins a second time.
 *
 * <p>Thread-safe (parallel capable), like every class loader.
 */
final class PluginClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private static final String API_PACKAGE = "org.gansim.api.";
    private static final String HOST_PACKAGE = "org.gansim.app.";
    private static final String SERVICES = "META-INF/services/";

    private final Path jar;
    private final ClassLoader host;

    /**
     * @param jar  the plugin jar; must exist
     * @param host the loader the API (and shared libraries) come from: the application's loader
     */
    PluginClassLoader(Path jar, ClassLoader host) throws IOException {
        super("plugin " + jar.getFileName(), new URL[] {jar.toUri().toURL()}, host);
        this.jar = jar;
        this.host = host;
    }

    /** The jar this loader reads. */
    Path jar() {
        return jar;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                type = locate(name);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    private Class<?> locate(String name) throws ClassNotFoundException {
        if (name.startsWith(API_PACKAGE)) {
            return host.loadClass(name);
        }
        try {
            return getPlatformClassLoader().loadClass(name);
        } catch (ClassNotFoundException notPlatform) {
            // not a JDK class: the plugin's own or a library's
        }
        if (name.startsWith(HOST_PACKAGE)) {
            throw new ClassNotFoundException(name + " is part of the GanSim application, not of the plugin API");
        }
        try {
            return findClass(name);
        } catch (ClassNotFoundException notInJar) {
            return host.loadClass(name);
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        if (own != null || name.startsWith(SERVICES)) {
            return own;
        }
        return super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>(Collections.list(findResources(name)));
        if (!name.startsWith(SERVICES)) {
            urls.addAll(Collections.list(host.getResources(name)));
        }
        return Collections.enumeration(urls);
    }

    /**
     * Loads every class of the jar that is not loaded yet, then closes the jar file.
     *
     * <p>Called when the plugin folders are reloaded: a simulation that is still running keeps the
     * plugin objects it was given until it is reset, and they may still need a class they have not
     * touched yet (an error path, a class first used when painting). Loading does not run static
     * initialisers; a class that cannot be loaded is skipped, as it would have failed anyway.
     */
    void loadAllThenClose() {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String path = entry.getName();
                if (path.endsWith(".class") && !path.endsWith("module-info.class")
                        && !path.endsWith("package-info.class") && !path.startsWith("META-INF/")) {
                    String className = path.substring(0, path.length() - ".class".length()).replace('/', '.');
                    try {
                        loadClass(className, false);
                    } catch (ClassNotFoundException | LinkageError unusable) {
                        // the running plugin would have met the same error: nothing to keep
                    }
                }
            }
        } catch (IOException unreadable) {
            // the jar was removed or replaced since loading: keep the classes already loaded
        }
        try {
            close();
        } catch (IOException ignored) {
            // closing only releases the file handle; nothing a user could act on
        }
    }
}
