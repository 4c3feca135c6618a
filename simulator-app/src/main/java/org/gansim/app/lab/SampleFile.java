package org.gansim.app.lab;

import java.io.IOException;
import java.nio.file.Path;
import org.gansim.api.Batch;

/** Writes generated points as CSV the way {@code gansim run} does: a header naming the axes, one point a line. */
final class SampleFile {

    private SampleFile() {
    }

    static void write(Path file, Batch batch) throws IOException {
        StringBuilder text = new StringBuilder();
        int dim = batch.dimension();
        for (int a = 0; a < dim; a++) {
            text.append(a > 0 ? "," : "").append(dim == 1 ? "x" : dim == 2 ? (a == 0 ? "x" : "y") : "x" + (a + 1));
        }
        text.append(batch.hasLabels() ? ",label\n" : "\n");
        for (int i = 0; i < batch.size(); i++) {
            for (int a = 0; a < dim; a++) {
                text.append(a > 0 ? "," : "").append(batch.get(i, a));
            }
            if (batch.hasLabels()) {
                text.append(',').append(batch.label(i));
            }
            text.append('\n');
        }
        AtomicText.write(file, text.toString());
    }
}
