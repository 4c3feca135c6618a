package org.gansim.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.gansim.api.testkit.TargetDistributionContract;
import org.gansim.api.Batch;
import org.gansim.distributions.support.CsvPointReader;
import org.gansim.distributions.support.PointTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest implements TargetDistributionContract {

    private final Csv csv = new Csv();
    private final Params defaults = Params.defaults(csv.params());

    @TempDir
    Path folder;

    private static PointTable parse(String text, int dimension) throws IOException {
        return CsvPointReader.parse(new StringReader(text), "points.csv", dimension);
    }

    private static String refusal(String text, int dimension) {
        return assertThrows(IllegalArgumentException.class, () -> parse(text, dimension)).getMessage();
    }

    @Override
    public TargetDistribution createDistribution() {
        return new Csv();
    }

    @Test
    void readsAHeaderCommentsAndBlankLines() throws IOException {
        PointTable table = parse("# made by hand\nx,y,label\n0,0,0\n\n1.5, 2, 1\n  -1 ,-1,0\n", 2);
        assertEquals(3, table.size());
        assertArrayEquals(new double[] {0, 0, 1.5, 2, -1, -1}, table.points());
        assertArrayEquals(new int[] {0, 1, 0}, table.labels());
        assertEquals(2, table.classes());
    }

    @Test
    void theFirstLineDecidesTheSeparator() throws IOException {
        double[] expected = {1.5, 2, -1, 0.25};
        assertArrayEquals(expected, parse("x;y\n1.5; 2\n-1;0.25\n", 2).points());
        assertArrayEquals(expected, parse("1.5\t2\n-1 \t 0.25\n", 2).points());
        assertArrayEquals(expected, parse("1.5  2\n -1 0.25\n", 2).points());
    }

    @Test
    void readsOneDimensionalRowsWithAndWithoutLabels() throws IOException {
        PointTable plain = parse("0.5\n-2\n1e-3\n", 1);
        assertArrayEquals(new double[] {0.5, -2, 0.001}, plain.points());
        assertNull(plain.labels());
        PointTable labelled = parse("value,class\n0.5,1\n-2,0\n", 1);
        assertArrayEquals(new int[] {1, 0}, labelled.labels());
    }

    @Test
    void aBadValueIsReportedWithTheFileAndTheLine() {
        assertEquals("Data file points.csv line 4: y 'abc' is not a finite number (use a decimal point, like 1.5).",
                refusal("x,y\n0,0\n\n1,abc\n", 2));
        assertEquals("Data file points.csv line 2: x 'NaN' is not a finite number (use a decimal point, like 1.5).",
                refusal("1,1\nNaN,1\n", 2));
        // Decimal commas with semicolon separators are refused, not misread as x, y and a label.
        assertEquals("Data file points.csv line 2: x '1,5' is not a finite number (use a decimal point, like 1.5).",
                refusal("x;y\n1,5;2\n", 2));
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsReported() {
        assertEquals("Data file points.csv line 3: expected 2 values like line 1, found 3 in '1,2,3'.",
                refusal("0,0\n1,1\n1,2,3\n", 2));
        assertEquals("Data file points.csv line 1: expected x,y or x,y,label (2 or 3 values), found 4 in '1,2,3,4'.",
                refusal("1,2,3,4\n", 2));
        assertEquals("Data file points.csv line 2: expected x or x,label (1 or 2 values), found 3 in '1 2 3'.",
                refusal("x\n1 2 3\n", 1));
    }

    @Test
    void badLabelsAreReported() {
        assertEquals("Data file points.csv line 2: label '1.5' is not a whole number from 0 to 999.",
                refusal("0,0,0\n1,1,1.5\n", 2));
        assertEquals("Data file points.csv line 1: label '-1' is not a whole number from 0 to 999.",
                refusal("0,0,-1\n", 2));
        assertEquals("Data file points.csv: labels must number the classes 0 to 2 without gaps, but no row has label 1.",
                refusal("0,0,0\n1,1,2\n", 2));
    }

    @Test
    void aFileWithoutDataIsReported() {
        assertEquals("Data file points.csv has no data rows; each line needs x,y or x,y,label, with numbers.",
                refusal("x,y\n# nothing yet\n\n", 2));
    }

    @Test
    void aMissingFileIsReported() {
        Path missing = folder.resolve("nowhere.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> csv.create(defaults.with("file", missing.toString())));
        assertEquals("Data file " + missing + " does not exist.", e.getMessage());
    }

    @Test
    void withoutAFileTheBuiltInLettersAreShown() {
        Sampler sampler = csv.create(defaults.with("jitter", 0.0));
        assertEquals(3, sampler.classes());
        SampleStats stats = SampleStats.of(SampleStats.draw(sampler, 3000, 1));
        // G, A and N sit side by side, centred at x = -1.4, 0 and 1.4, each 1.4 high around y = 0.
        assertEquals(-1.4, stats.mean(0, 0), 0.2);
        assertEquals(0, stats.mean(1, 0), 0.05);
        assertEquals(1.4, stats.mean(2, 0), 0.05);
        assertEquals(1, stats.share((x, y) -> Math.abs(y) <= 0.7 && Math.abs(x) <= 1.9));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> csv.create(defaults.with("dimension", 1)));
        assertEquals("csv: the built-in example is 2-D; choose a file for dimension 1.", e.getMessage());
    }

    @Test
    void rowsAreReplayedEquallyOftenWithTheirLabels() throws IOException {
        Path file = Files.writeString(folder.resolve("four.csv"), "x,y,label\n0,0,0\n1,0,1\n0,1,0\n5,5,2\n");
        Sampler sampler = csv.create(defaults.with("file", file.toString()).with("jitter", 0.0));
        assertEquals(3, sampler.classes());
        Batch batch = SampleStats.draw(sampler, 10_000, 42);
        int[] perRow = new int[4];
        double[] rows = {0, 0, 1, 0, 0, 1, 5, 5};
        int[] labels = {0, 1, 0, 2};
        for (int i = 0; i < batch.size(); i++) {
            int row = -1;
            for (int r = 0; r < 4; r++) {
                if (batch.get(i, 0) == rows[2 * r] && batch.get(i, 1) == rows[2 * r + 1]) {
                    row = r;
                }
            }
            assertTrue(row >= 0, "a sample that is not a row of the file");
            assertEquals(labels[row], batch.label(i));
            perRow[row]++;
        }
        for (int r = 0; r < 4; r++) {
            // Binomial(10000, 1/4): sd 43.
            assertEquals(2500, perRow[r], 200, "row " + r);
        }
        assertTrue(sampler.bounds().minX() < 0 && sampler.bounds().maxX() > 5);
    }

    @Test
    void jitterAddsGaussianNoiseAroundEachRow() throws IOException {
        Path file = Files.writeString(folder.resolve("two.csv"), "0,0\n10,10\n");
        Sampler sampler = csv.create(defaults.with("file", file.toString()).with("jitter", 0.1));
        assertEquals(0, sampler.classes());
        Batch batch = SampleStats.draw(sampler, 10_000, 9);
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < batch.size(); i++) {
            double dx = batch.get(i, 0) - (batch.get(i, 0) > 5 ? 10 : 0);
            sum += dx;
            sumSquares += dx * dx;
        }
        assertEquals(0, sum / batch.size(), 0.005);
        assertEquals(0.1, Math.sqrt(sumSquares / batch.size()), 0.004);
    }

    @Test
    void aOneDimensionalFileGivesAOneDimensionalSamplerWithADensityAxis() throws IOException {
        Path file = Files.writeString(folder.resolve("line.csv"), "x\n0\n1\n2\n3\n");
        Sampler sampler = csv.create(defaults.with("file", file.toString()).with("dimension", 1).with("jitter", 0.0));
        assertEquals(1, sampler.dimension());
        assertEquals(0, sampler.bounds().minY());
        // Four rows over 30 bins of width 0.1: the tallest bin has density 1 / (4 * 0.1).
        assertEquals(1.2 * 2.5, sampler.bounds().maxY(), 1e-9);
    }
}
