package org.gansim.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gansim.app.plugins.PluginJarCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gansim check-plugin PATH.jar} or {@code gansim check-plugin --plugin-dir DIR}: a teacher's
 * grader. Loads each jar on its own (so a class's jars may share their ids), runs every check of the
 * contract test kit on each plugin it provides and prints a pass/fail line per check; for a folder,
 * one such report per jar, then a line naming the jars that failed. Exits 0 only when every check
 * of every plugin passes, 1 when any fails, 2 when the path is not a jar file or the folder holds no jar.
 *
 * <p>Runs on the thread that calls it (not the Swing event thread: view checks use it).
 */
@Command(name = "check-plugin", mixinStandardHelpOptions = true,
        description = {"Checks every plugin in a jar against the plugin contract; exits 0 only if all checks pass.",
                "With --plugin-dir DIR instead of PATH.jar (repeatable), checks every .jar file directly in DIR, in name"
                        + " order, each loaded on its own (a class's submissions may share their ids), then names the"
                        + " jars that failed."})
public final class CheckPluginCommand implements Callable<Integer> {

    private static final String USAGE = "check-plugin takes the path of one plugin jar, or --plugin-dir DIR to"
            + " check every jar in a folder";

    @Spec
    private CommandSpec spec;

    /** Owns --plugin-dir, which every command inherits; here it names the folders to check. */
    @ParentCommand
    private PluginSource main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH.jar", description = "The plugin jar to check.")
    private Path jar;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "The most time one check may take before it fails as an endless loop"
                    + " (default: ${DEFAULT-VALUE}).")
    private int timeLimit;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        if (timeLimit < 1) {
            throw new CommandLine.ParameterException(cmd, "--time-limit must be a whole number of seconds, at least 1,"
                    + " got " + timeLimit);
        }
        List<Path> jars = jarsToCheck(cmd);
        PrintWriter out = cmd.getOut();
        List<String> failed = new ArrayList<>();
        for (Path each : jars) {
            PluginJarCheck.Result result = PluginJarCheck.check(each, Duration.ofSeconds(timeLimit));
            if (jars.size() > 1 && each != jars.get(0)) {
                out.print('\n');
            }
            out.print(result.toText());
            out.flush();
            if (!result.passed()) {
                failed.add(each.getFileName().toString());
            }
        }
        if (jar == null) {
            out.print("\n" + jars.size() + (jars.size() == 1 ? " jar" : " jars") + " checked: "
                    + (jars.size() - failed.size()) + " passed, " + failed.size() + " failed"
                    + (failed.isEmpty() ? "" : " (" + String.join(", ", failed) + ")") + ".\n"
                    + (failed.isEmpty() ? "PASSED" : "FAILED") + "\n");
            out.flush();
        }
        return failed.isEmpty() ? 0 : CommandLineErrors.FAILED;
    }

    /** The one jar, or the folders' jars in name order; bad input in one sentence otherwise. */
    private List<Path> jarsToCheck(CommandLine cmd) {
        List<Path> dirs = main == null ? List.of() : main.pluginDirs();
        if ((jar == null) == dirs.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, (jar == null ? "Nothing to check: " : "Both a jar and"
                    + " --plugin-dir were given: ") + USAGE);
        }
        if (jar != null) {
            if (!Files.isRegularFile(jar)) {
                throw new CommandLine.ParameterException(cmd, "'" + jar + "' " + (Files.isDirectory(jar)
                        ? "is a folder" : "does not exist") + "; " + USAGE);
            }
            return List.of(jar);
        }
        List<Path> jars = new ArrayList<>();
        for (Path dir : dirs) {
            jars.addAll(jarsIn(cmd, dir));
        }
        return jars;
    }

    /** A folder's .jar files in name order (a jar given as the folder is itself). */
    private static List<Path> jarsIn(CommandLine cmd, Path dir) {
        if (Files.isRegularFile(dir)) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(cmd, "--plugin-dir '" + dir + "' does not exist; " + USAGE);
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(dir)) {
            jars = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cmd, "--plugin-dir '" + dir + "' cannot be read ("
                    + e.getMessage() + "); " + USAGE);
        }
        if (jars.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, "--plugin-dir '" + dir + "' holds no .jar file; " + USAGE);
        }
        return jars;
    }
}
