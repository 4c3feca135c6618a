package org.gansim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.gansim.app.plugins.PluginJarCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gansim check-plugin PATH.jar}: a teacher's grader. Loads the jar on its own, runs every
 * check of the contract test kit on each plugin it provides and prints a pass/fail line per check.
 * Exits 0 only when every check of every plugin passes, 1 when any fails, 2 when the path is not a
 * file.
 *
 * <p>Runs on the thread that calls it (not the Swing event thread: view checks use it).
 */
@Command(name = "check-plugin", mixinStandardHelpOptions = true,
        description = "Checks every plugin in a jar against the plugin contract; exits 0 only if all checks pass.")
public final class CheckPluginCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH.jar", description = "The plugin jar to check.")
    private Path jar;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "The most time one check may take before it fails as an endless loop"
                    + " (default: ${DEFAULT-VALUE}).")
    private int timeLimit;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        if (!Files.isRegularFile(jar)) {
            throw new CommandLine.ParameterException(cmd, "'" + jar + "' " + (Files.isDirectory(jar)
                    ? "is a folder" : "does not exist") + "; check-plugin takes the path of one plugin jar");
        }
        if (timeLimit < 1) {
            throw new CommandLine.ParameterException(cmd, "--time-limit must be a whole number of seconds, at least 1,"
                    + " got " + timeLimit);
        }
        PluginJarCheck.Result result = PluginJarCheck.check(jar, Duration.ofSeconds(timeLimit));
        cmd.getOut().print(result.toText());
        cmd.getOut().flush();
        return result.passed() ? 0 : CommandLineErrors.FAILED;
    }
}
