package org.gansim.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.gansim.app.plugins.PluginRegistry;
import picocli.CommandLine;

/**
 * Where a sub-command gets its plugins: the top-level command, which owns the {@code --plugin-dir}
 * option shared by every command. Sub-commands see their parent only through this interface, so the
 * command package never reaches back into the entry point.
 */
public interface PluginSource {

    /**
     * Loads the plugins: built-ins from the class path, plus the jars in the plugin folders.
     *
     * @param caller the command asking, for the message when a --plugin-dir does not exist
     */
    PluginRegistry registry(CommandLine caller);

    /**
     * The {@code --plugin-dir} values as given, for a command that reads them itself
     * ({@code check-plugin --plugin-dir DIR} checks every jar of DIR); none by default.
     */
    default List<Path> pluginDirs() {
        return List.of();
    }
}
