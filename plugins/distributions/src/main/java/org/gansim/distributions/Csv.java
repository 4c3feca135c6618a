package org.gansim.distributions;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.CsvPointReader;

/**
 * {@code csv}: real data from a CSV file the user picks: rows {@code x,y[,label]} (or
 * {@code x[,label]} in 1-D), replayed at random with optional Gaussian jitter. Labelled when the file
 * has labels. The file is read once, when the sampler is created; see {@link CsvPointReader} for the
 * accepted layout. Stateless; any thread.
 */
public final class Csv extends BuiltInDistribution {

    public Csv() {
        super("csv", "Points from a CSV file",
                "Your own data: one point per line of a CSV file, x,y with an optional class label"
                        + " (or x alone for 1-D).");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.text("file", "Data file", "")
                        .describe("Path of a CSV file with one point per line: x,y or x,y,label (1-D: x or x,label).")
                        .resetRequired(),
                ParamSpec.integer("dimension", "Dimension", 2, 1, 2)
                        .describe("2 for x,y rows, 1 for x rows.").resetRequired(),
                ParamSpec.decimal("jitter", "Jitter", 0, 0, 10)
                        .describe("Standard deviation of Gaussian noise added to each replayed row; 0 replays rows exactly."));
    }

    @Override
    public Sampler create(Params params) {
        String file = params.getString("file").strip();
        if (file.isEmpty()) {
            throw new IllegalArgumentException("csv: the file parameter is empty; choose a CSV file with one point"
                    + " per line.");
        }
        if (file.startsWith("~/")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("csv: '" + file + "' is not a valid file path.", e);
        }
        return CsvPointReader.read(path, params.getInt("dimension")).sampler(params.getDouble("jitter"));
    }
}
