package org.gansim.app.cli;

import java.util.concurrent.Callable;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.plugins.PluginTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gansim plugins}: the plugin table without a window, one row per plugin or failed jar with
 * where it came from and why it failed. A failed plugin is a row, not an error: the command exits 0
 * whenever it could list the plugins.
 *
 * <p>Runs on the thread that calls it.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "Lists every plugin found (built-in, ~/.gansim/plugins and --plugin-dir), loaded or failed.")
public final class PluginsCommand implements Callable<Integer> {

    @ParentCommand
    private PluginSource main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (PluginRegistry registry = main.registry(spec.commandLine())) {
            spec.commandLine().getOut().print(PluginTable.format(registry.entries()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
