package org.gansim.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.gansim.api.StepReport;

/**
 * A metrics CSV being written: a header {@code step,d_loss,g_loss,...} taken from the first report
 * (the standard values first, then whatever else the variant measures), then one line per logged step.
 *
 * <p>Mutable; used by one thread.
 */
final class MetricsFile implements AutoCloseable {

    private static final List<String> FIRST = List.of(StepReport.D_LOSS, StepReport.G_LOSS, StepReport.D_REAL,
            StepReport.D_FAKE, StepReport.D_ACCURACY);

    private final Writer writer;
    private List<String> columns;

    /** @param writer where the lines go (an {@link AtomicOutput}'s temporary file); closed by {@link #close()} */
    MetricsFile(Writer writer) {
        this.writer = writer;
    }

    /** Writes the step's line, and the header before the first. */
    void write(long step, StepReport report) throws IOException {
        if (columns == null) {
            columns = columnsFor(report);
            writer.write("step," + String.join(",", columns) + "\n");
        }
        StringBuilder line = new StringBuilder().append(step);
        for (String column : columns) {
            line.append(',').append(report.get(column));
        }
        writer.write(line.append('\n').toString());
    }

    /** d_loss and g_loss always, the other standard values when measured, then the rest in report order. */
    static List<String> columnsFor(StepReport report) {
        List<String> columns = new ArrayList<>();
        for (String name : FIRST) {
            if (name.equals(StepReport.D_LOSS) || name.equals(StepReport.G_LOSS) || report.values().containsKey(name)) {
                columns.add(name);
            }
        }
        for (String name : report.values().keySet()) {
            if (!columns.contains(name)) {
                columns.add(name);
            }
        }
        return columns;
    }

    /** Closes the file; a run that logged no step still gets the header. */
    @Override
    public void close() throws IOException {
        if (columns == null) {
            writer.write("step," + StepReport.D_LOSS + "," + StepReport.G_LOSS + "\n");
        }
        writer.close();
    }
}
