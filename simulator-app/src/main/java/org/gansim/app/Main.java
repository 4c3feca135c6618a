package org.gansim.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.gansim.api.nn.Engine;
import org.gansim.app.cli.BenchCommand;
import org.gansim.app.cli.CheckPluginCommand;
import org.gansim.app.cli.CommandLineErrors;
import org.gansim.app.cli.PluginSource;
import org.gansim.app.cli.PluginsCommand;
import org.gansim.app.cli.RecordCommand;
import org.gansim.app.cli.RunCommand;
import org.gansim.app.cli.SweepCommand;
import org.gansim.app.plugins.PluginFolders;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.ui.GanSimApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The entry point of {@code gansim.jar}: with no command it opens the window; the sub-commands work
 * without a display. Bad input (an unknown command, option, id, key or value) ends with exit status 2
 * and one line naming the problem and what is valid.
 *
 * <p>Called on the main thread only.
 */
@Command(name = "gansim", mixinStandardHelpOptions = true, version = "GanSim 0.1",
        description = "A classroom simulator for Generative Adversarial Networks. Without a command, opens"
                + " the window.",
        subcommands = {
            RunCommand.class,
            SweepCommand.class,
            BenchCommand.class,
            RecordCommand.class,
            // The plugin commands are registered here, one line each.
            PluginsCommand.class,
            CheckPluginCommand.class,
            org.gansim.app.cli.GradeCommand.class,
        })
public final class Main implements Callable<Integer>, PluginSource {

    @Option(names = "--plugin-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "A folder of plugin jars to load too (repeatable); ~/.gansim/plugins is always read.")
    private List<Path> pluginDirs = new ArrayList<>();

    @Option(names = "--submissions", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "A class's submissions: one sub-folder or jar per student. Each student's plugins"
                    + " load as STUDENT/ID (e.g. --variant alice/hw3-hinge), so all can be opened side by side.")
    private Path submissions;

    @Parameters(arity = "0..1", paramLabel = "EXPERIMENT",
            description = "An experiment file (.json, saved from the window) to open in the window.")
    private Path experiment;

    @Spec
    private CommandSpec spec;

    private boolean windowOpened;

    public static void main(String[] args) {
        OptionalInt relaunched = VectorModuleRelaunch.runIfNeeded(Main.class, args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        VectorModuleRelaunch.followParentIfRelaunched();
        // Standard error, so that nothing is added to what a command writes on standard output.
        System.err.println("GanSim: " + Engine.describe());
        if (args.length == 0) {
            // The window, the common case: picocli would read the annotations of every command first
            // (a fifth of a second at start-up) only to find there is nothing to parse.
            openWindow(() -> PluginRegistry.load(PluginFolders.withDefault(List.of())),
                    new PrintWriter(System.err, true), GanSimApp.WindowStart.plain());
            return;
        }
        Main main = new Main();
        int status = commandLine(main).execute(args);
        if (status != 0 || !main.windowOpened) {
            System.exit(status);
        }
        // The window keeps the program alive until it is closed.
    }

    /** The configured command line, for {@code main} and for tests that run commands in-process. */
    public static CommandLine commandLine(Main main) {
        CommandLine cmd = new CommandLine(main);
        cmd.setParameterExceptionHandler(CommandLineErrors::onBadInput);
        cmd.setExecutionExceptionHandler(CommandLineErrors::onFailure);
        return cmd;
    }

    /** Opens the window. */
    @Override
    public Integer call() {
        if (experiment != null && !Files.isRegularFile(experiment)) {
            String word = experiment.toString();
            if (!word.toLowerCase(java.util.Locale.ROOT).endsWith(".json") && experiment.getNameCount() == 1) {
                // Most likely a mistyped command rather than a file.
                throw new CommandLine.UnmatchedArgumentException(spec.commandLine(), List.of(word));
            }
            throw new CommandLine.ParameterException(spec.commandLine(), "Experiment file '" + experiment
                    + "' does not exist; give an experiment file saved from the window (.json), or a command"
                    + " (see --help)");
        }
        List<String> pluginArguments = new ArrayList<>();
        pluginDirs.forEach(dir -> pluginArguments.addAll(List.of("--plugin-dir", dir.toAbsolutePath().toString())));
        if (submissions != null) {
            pluginArguments.addAll(List.of("--submissions", submissions.toAbsolutePath().toString()));
        }
        openWindow(() -> registry(spec.commandLine()), spec.commandLine().getErr(),
                new GanSimApp.WindowStart(Optional.ofNullable(experiment).map(Path::toAbsolutePath), pluginArguments));
        windowOpened = true;
        return 0;
    }

    /**
     * Installs the look and feel on the Swing thread while this thread loads the plugins, then builds
     * and shows the window: on two cores the two overlap.
     */
    private static void openWindow(Supplier<PluginRegistry> plugins, PrintWriter err, GanSimApp.WindowStart start) {
        GanSimApp app = GanSimApp.prepare();
        PluginRegistry registry = plugins.get();
        org.gansim.app.plugins.LoadFailures.lines(registry).forEach(err::println);
        err.flush();
        app.show(registry, start, StartupArchive::windowShown);
    }

    @Override
    public List<Path> pluginDirs() {
        return List.copyOf(pluginDirs);
    }

    @Override
    public PluginRegistry registry(CommandLine caller) {
        for (Path dir : pluginDirs) {
            if (!Files.exists(dir)) {
                throw new CommandLine.ParameterException(caller, "Plugin folder '" + dir
                        + "' does not exist; --plugin-dir takes a folder of plugin jars (or one jar)");
            }
        }
        if (submissions != null && !Files.isDirectory(submissions)) {
            throw new CommandLine.ParameterException(caller, "Submissions folder '" + submissions
                    + "' is not a folder; --submissions takes a folder with one sub-folder or jar per student");
        }
        return PluginRegistry.load(PluginFolders.withDefault(pluginDirs), submissions);
    }
}
