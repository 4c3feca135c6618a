package org.gansim.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gansim.app.lab.SweepTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gansim sweep merge}: joins the CSVs of a sweep's shards into one, in canonical order, as if
 * the sweep had run on one machine. The headers must match and no run may appear twice.
 *
 * <p>Runs on the thread that calls it.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Joins the CSV files of a sweep's shards (--shard K/N) into one, in run order.")
public final class SweepMergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "The merged CSV.")
    private Path out;

    @Parameters(paramLabel = "SHARD.csv", description = "The shards' CSV files.")
    private List<Path> shards = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (out == null) {
            throw badInput("Missing --out: the merged CSV file, e.g. --out all.csv");
        }
        if (shards.isEmpty()) {
            throw badInput("No shard files to merge; give the shards' CSV files after the options");
        }
        SweepTable merged = null;
        for (Path shard : shards) {
            if (!Files.isRegularFile(shard)) {
                throw badInput("Shard file " + shard + " does not exist");
            }
            SweepTable table;
            try {
                table = SweepTable.read(shard);
            } catch (IllegalArgumentException e) {
                throw badInput(e.getMessage());
            }
            if (merged == null) {
                merged = new SweepTable(table.header());
            } else if (!merged.header().equals(table.header())) {
                throw badInput("The header of " + shard + " (" + String.join(",", table.header())
                        + ") differs from the first shard's (" + String.join(",", merged.header())
                        + "); only shards of one sweep can be merged");
            }
            for (List<String> row : table.rows().values()) {
                try {
                    merged.addRow(row, shard.toString());
                } catch (IllegalArgumentException e) {
                    throw badInput(e.getMessage());
                }
            }
        }
        merged.write(out);
        spec.commandLine().getOut().printf(Locale.ROOT, "Merged %d runs from %d files into %s%n",
                merged.rows().size(), shards.size(), out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private CommandLine.ParameterException badInput(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
