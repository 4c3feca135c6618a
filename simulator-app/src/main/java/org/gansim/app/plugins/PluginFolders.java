package org.gansim.app.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where plugin jars are looked for: the folders given with {@code --plugin-dir}, then the user's own
 * folder {@code ~/.gansim/plugins}.
 *
 * <p>Stateless; any thread.
 */
public final class PluginFolders {

    private PluginFolders() {
    }

    /** The user's plugin folder, {@code ~/.gansim/plugins}; it may not exist yet. */
    public static Path userFolder() {
        return Path.of(System.getProperty("user.home"), ".gansim", "plugins");
    }

    /**
     * The folders to load from: {@code explicit} first (so a jar given on the command line wins over
     * an older copy in the user's folder), then {@link #userFolder()}.
     *
     * @param explicit folders from {@code --plugin-dir}, in the order given; may be empty, never null
     */
    public static List<Path> withDefault(List<Path> explicit) {
        List<Path> folders = new ArrayList<>(explicit);
        Path user = userFolder();
        if (!folders.contains(user)) {
            folders.add(user);
        }
        return List.copyOf(folders);
    }
}
