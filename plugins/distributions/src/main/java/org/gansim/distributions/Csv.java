package org.gansim.distributions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.gansim.api.Sampler;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.distributions.support.BuiltInDistribution;
import org.gansim.distributions.support.CsvPointReader;
import org.gansim.distributions.support.PointTable;

/**
 * {@code csv}: real data from a CSV file the user picks: rows {@code x,y[,label]} (or
 * {@code x[,label]} in 1-D), replayed at random with optional Gaussian jitter. Labelled when the file
 * has labels. The file is read once, when the sampler is created; see {@link CsvPointReader} for the
 * accepted layout.
 *
 * <p>With no file chosen (the default) it shows a built-in example, the letters G, A and N drawn as
 * points and labelled 0, 1 and 2, so the target works from the menu before a file is picked.
 * Stateless; any thread.
 */
public final class Csv extends BuiltInDistribution {

    /** The built-in example, a resource next to this class. */
    static final String EXAMPLE = "gan-letters.csv";

    public Csv() {
        super("csv", "Points from a CSV file",
                "Your own data: one point per line of a CSV file, x,y with an optional class label"
                        + " (or x alone for 1-D).");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.text("file", "Data file", "")
                        .describe("Path of a CSV file with one point per line: x,y or x,y,label (1-D: x or"
                                + " x,label). Empty: a built-in example, the letters G, A and N.")
                        .resetRequired(),
                ParamSpec.integer("dimension", "Dimension", 2, 1, 2)
                        .describe("2 for x,y rows, 1 for x rows.").resetRequired(),
                ParamSpec.decimal("jitter", "Jitter", 0.02, 0, 10)
                        .describe("Standard deviation of Gaussian noise added to each replayed row; 0 replays rows exactly."));
    }

    @Override
    public Sampler create(Params params) {
        String file = params.getString("file").strip();
        int dimension = params.getInt("dimension");
        PointTable table = file.isEmpty() ? example(dimension) : CsvPointReader.read(path(file), dimension);
        return table.sampler(params.getDouble("jitter"));
    }

    private static Path path(String file) {
        String expanded = file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file;
        try {
            return Path.of(expanded);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("csv: '" + file + "' is not a valid file path.", e);
        }
    }

    /** The built-in example, which is 2-D. */
    static PointTable example(int dimension) {
        if (dimension != 2) {
            throw new IllegalArgumentException("csv: the built-in example is 2-D; choose a file for dimension 1.");
        }
        try (InputStream in = Csv.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("The built-in example " + EXAMPLE + " is missing from the plugin jar");
            }
            return CsvPointReader.parse(new InputStreamReader(in, StandardCharsets.UTF_8), "the built-in example", 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
