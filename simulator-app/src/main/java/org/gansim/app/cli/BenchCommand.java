package org.gansim.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.gansim.app.plugins.PluginRegistry;

/**
 * {@code gansim bench}: the benchmarks that reproduce published tables; on its own it only names them.
 *
 * <p>Runs on the thread that calls it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchModesCommand.class,
        description = "Reproduces published benchmark tables; see: gansim bench modes --help")
public final class BenchCommand implements Callable<Integer>, PluginSource {

    @ParentCommand
    private PluginSource main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing benchmark; valid benchmarks: modes (gansim bench modes --help)");
    }

    /** The plugins of the entry point, for the benchmarks below. */
    @Override
    public PluginRegistry registry(CommandLine caller) {
        return main.registry(caller);
    }
}
