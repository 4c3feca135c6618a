package org.gansim.app.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * The app's current plugins, which the user can reload or add a jar to while the app runs.
 *
 * <p>Reloading builds a new {@link PluginRegistry} (new class loaders) and then closes the old one;
 * plugins already handed out, such as those of a running simulation, keep working until they are
 * dropped (see {@link PluginRegistry#close()}). Listeners hear of each new registry on the Swing
 * event thread, to rebuild their menus.
 *
 * <p>{@link #registry()} may be called from any thread. {@link #reload()} and {@link #install} read
 * files and run plugin code: call them off the event thread (the dialog uses a SwingWorker); they
 * are serialised, so two reloads never interleave.
 */
public final class PluginManager {

    private final Path userFolder;
    private final List<Consumer<PluginRegistry>> listeners = new CopyOnWriteArrayList<>();
    private volatile PluginRegistry registry;

    /**
     * @param initial    the plugins loaded at start-up; never null
     * @param userFolder where {@link #install} copies jars (normally {@link PluginFolders#userFolder()});
     *                   it is loaded on every reload even when {@code initial} was not loaded from it
     */
    public PluginManager(PluginRegistry initial, Path userFolder) {
        this.registry = Objects.requireNonNull(initial, "initial");
        this.userFolder = userFolder.toAbsolutePath().normalize();
    }

    /** The plugins now; never null. */
    public PluginRegistry registry() {
        return registry;
    }

    /** The folder jars are added to. */
    public Path userFolder() {
        return userFolder;
    }

    /** The folders a reload reads, in order: those of the current registry, then the user folder. */
    public List<Path> folders() {
        List<Path> folders = new ArrayList<>(registry.pluginDirs());
        if (folders.stream().noneMatch(f -> f.toAbsolutePath().normalize().equals(userFolder))) {
            folders.add(userFolder);
        }
        return List.copyOf(folders);
    }

    /**
     * Calls {@code listener} on the Swing event thread with every registry a later reload makes.
     *
     * @param listener never null
     */
    public void onReload(Consumer<PluginRegistry> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Loads every plugin folder (and the class's submissions, if opened) again with new class
     * loaders, closes the old ones and tells the listeners.
     *
     * @return the new registry
     */
    public synchronized PluginRegistry reload() {
        return replace(registry.submissions().orElse(null));
    }

    /**
     * Loads the plugin folders again with a class's submissions beside them (one sub-folder or jar
     * per student in {@code root}, each student's plugins under the student's prefix), in place of
     * the submissions loaded before, and tells the listeners.
     *
     * @param root the submissions folder; never null
     * @return the new registry
     * @throws IllegalArgumentException when {@code root} is not a folder (nothing is reloaded)
     */
    public synchronized PluginRegistry openSubmissions(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a folder; choose the folder that holds one"
                    + " sub-folder or jar per student");
        }
        return replace(root);
    }

    private PluginRegistry replace(Path submissions) {
        PluginRegistry old = registry;
        PluginRegistry fresh = PluginRegistry.load(folders(), submissions);
        registry = fresh;
        old.close();
        for (Consumer<PluginRegistry> listener : listeners) {
            SwingUtilities.invokeLater(() -> listener.accept(fresh));
        }
        return fresh;
    }

    /**
     * Copies a plugin jar into the user folder (replacing a jar of the same name) and reloads.
     *
     * @param jar a plugin jar anywhere; never null
     * @return the new registry, with the copied jar's rows ({@link #rowsOf})
     * @throws IllegalArgumentException when the file is not a readable jar that lists plugins (nothing is copied)
     * @throws IOException              when the user folder cannot be written
     */
    public synchronized PluginRegistry install(Path jar) throws IOException {
        Path source = jar.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException(source + " is not a file; choose a plugin jar");
        }
        String problem = PluginScanner.checkJar(source);
        if (problem != null) {
            throw new IllegalArgumentException(source.getFileName() + " " + problem + "; nothing was added");
        }
        Path target = installedPath(source);
        if (!source.equals(target)) {
            Files.createDirectories(userFolder);
            // the old loaders let go of their jars first, so a jar of the same name can be replaced
            registry.close();
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return reload();
    }

    /** Where {@link #install} puts {@code jar}: the user folder, under the same file name. */
    public Path installedPath(Path jar) {
        return userFolder.resolve(jar.getFileName().toString());
    }

    /** The rows of {@code registry} that came from {@code jar}. */
    public static List<PluginEntry> rowsOf(PluginRegistry registry, Path jar) {
        String origin = jar.toAbsolutePath().normalize().toString();
        return registry.entries().stream().filter(e -> e.origin().equals(origin)).toList();
    }
}
