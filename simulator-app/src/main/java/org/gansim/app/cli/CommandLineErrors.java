package org.gansim.app.cli;

import java.util.List;
import java.util.TreeSet;
import org.gansim.app.session.PluginFault;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * How every command reports bad input and failures: one line on the error stream, exit status 2 for
 * bad input (naming what is valid) and 1 for a failure while working.
 *
 * <p>Called by picocli on the thread running the command.
 */
public final class CommandLineErrors {

    /** The exit status of bad input: an unknown command, option, id or key, or a bad value. */
    public static final int BAD_INPUT = 2;
    /** The exit status of a failure while working (a plugin fault, a file that cannot be written). */
    public static final int FAILED = 1;

    private CommandLineErrors() {
    }

    /** Prints the problem with bad input on one line, with the valid options or commands. */
    public static int onBadInput(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String message = oneLine(ex.getMessage());
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            message = unknownWords(cmd, unmatched.getUnmatched()) + validChoices(cmd);
        }
        cmd.getErr().println(message);
        cmd.getErr().flush();
        return BAD_INPUT;
    }

    /** Prints a failure while working on one line. */
    public static int onFailure(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        cmd.getErr().println(ex instanceof PluginFault ? oneLine(ex.getMessage())
                : "GanSim failed: " + oneLine(String.valueOf(ex)));
        cmd.getErr().flush();
        return FAILED;
    }

    /** "Unknown option '--x'", "Unknown command 'x'" or "Unexpected argument 'x'". */
    static String unknownWords(CommandLine cmd, List<String> words) {
        String first = words.get(0);
        String more = words.size() > 1 ? " (and " + (words.size() - 1) + " more)" : "";
        if (first.startsWith("-")) {
            return "Unknown option '" + first + "'" + more;
        }
        if (!cmd.getSubcommands().isEmpty()) {
            return "Unknown command '" + first + "'" + more;
        }
        return "Unexpected argument '" + first + "'" + more;
    }

    /** "; valid commands: ...; valid options: ..." for the command that met the unknown word. */
    static String validChoices(CommandLine cmd) {
        StringBuilder text = new StringBuilder();
        if (!cmd.getSubcommands().isEmpty()) {
            text.append("; valid commands: ").append(String.join(", ", new TreeSet<>(cmd.getSubcommands().keySet())));
        }
        List<String> options = cmd.getCommandSpec().options().stream()
                .map(OptionSpec::longestName).sorted().toList();
        text.append("; valid options: ").append(String.join(", ", options));
        return text.toString();
    }

    /** Joins the lines of a message, so every report is one line. */
    public static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
