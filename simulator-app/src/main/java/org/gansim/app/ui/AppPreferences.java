package org.gansim.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs, with {@link java.util.prefs}: the theme, projector mode, the
 * window's place and size, the last folder a file was opened from and the recently opened files.
 * A preference store that cannot be written is ignored: the app works, it only forgets.
 *
 * <p>Swing thread only.
 */
public final class AppPreferences {

    /** How many files Open Recent lists. */
    static final int RECENT_LIMIT = 8;

    private static final String THEME = "theme";
    private static final String PROJECTOR = "projector";
    private static final String LAST_FOLDER = "lastFolder";
    private static final String RECENT = "recent.";
    private static final String BOUNDS = "windowBounds";

    private final Preferences node;

    /** @param node where the values live: the user's node for the app, a throwaway one in tests */
    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences for GanSim. */
    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("org/gansim/app"));
    }

    public boolean dark() {
        return "dark".equals(node.get(THEME, "light"));
    }

    public void setDark(boolean dark) {
        node.put(THEME, dark ? "dark" : "light");
        flush();
    }

    public boolean projector() {
        return node.getBoolean(PROJECTOR, false);
    }

    public void setProjector(boolean on) {
        node.putBoolean(PROJECTOR, on);
        flush();
    }

    /** The folder a file dialog opens in: the last one used, while it still exists. */
    public Optional<Path> lastFolder() {
        String folder = node.get(LAST_FOLDER, null);
        return Optional.ofNullable(folder).map(Path::of).filter(Files::isDirectory);
    }

    public void setLastFolder(Path folder) {
        node.put(LAST_FOLDER, folder.toAbsolutePath().toString());
        flush();
    }

    /** The recently opened or saved files, newest first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String file = node.get(RECENT + i, null);
            if (file != null) {
                files.add(Path.of(file));
            }
        }
        return files;
    }

    /** Puts {@code file} first in the recent files, once, keeping at most {@value #RECENT_LIMIT}. */
    public void addRecent(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < files.size()) {
                node.put(RECENT + i, files.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    /** The window's last bounds as x,y,width,height, when saved. */
    public Optional<int[]> windowBounds() {
        String text = node.get(BOUNDS, null);
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            int[] bounds = new int[4];
            for (int i = 0; i < 4; i++) {
                bounds[i] = Integer.parseInt(parts[i].strip());
            }
            return bounds[2] > 100 && bounds[3] > 100 ? Optional.of(bounds) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindowBounds(int x, int y, int width, int height) {
        node.put(BOUNDS, x + "," + y + "," + width + "," + height);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Not remembered this time; nothing the user can act on.
        }
    }
}
