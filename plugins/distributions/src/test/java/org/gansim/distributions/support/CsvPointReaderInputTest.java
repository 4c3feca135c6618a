package org.gansim.distributions.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as spreadsheets and accidents make them: a byte-order mark, a line of many megabytes. */
class CsvPointReaderInputTest {

    @TempDir
    Path temp;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Path fileWithBom(String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(body, 0, bytes, BOM.length, body.length);
        return Files.write(temp.resolve("points.csv"), bytes);
    }

    @Test
    void aByteOrderMarkWithoutAHeaderKeepsTheFirstRow() throws IOException {
        PointTable table = CsvPointReader.read(fileWithBom("1.5,2\n-1,0.25\n"), 2);
        assertArrayEquals(new double[] {1.5, 2, -1, 0.25}, table.points());
    }

    @Test
    void aByteOrderMarkBeforeAHeaderStillSkipsTheHeader() throws IOException {
        PointTable table = CsvPointReader.read(fileWithBom("x,y\n1.5,2\n"), 2);
        assertArrayEquals(new double[] {1.5, 2}, table.points());
    }

    @Test
    void aByteOrderMarkInTheMiddleOfTheFileIsNotSilentlyDropped() {
        String message = assertThrows(IllegalArgumentException.class, () -> CsvPointReader.parse(
                new StringReader("1,2\n\uFEFF3,4\n"), "points.csv", 2)).getMessage();
        assertTrue(message.startsWith("Data file points.csv line 2: x "), message);
    }

    @Test
    void aHugeLineIsRefusedAfterItsFirstCharactersAndQuotedInEighty() {
        String huge = "1,2," + "7".repeat(5_000_000) + ",4";
        String message = assertThrows(IllegalArgumentException.class, () -> CsvPointReader.parse(
                new StringReader("x,y\n" + huge + "\n"), "points.csv", 2)).getMessage();
        assertTrue(message.length() < 300, message.length() + " characters");
        assertEquals("Data file points.csv line 2 is longer than 10000 characters, starting '1,2," + "7".repeat(76)
                + "…' (10000 characters); a points file has short lines of numbers (x,y or x,y,label).", message);
    }

    /** A line that never ends (a device, a generator) is refused all the same: the reader never holds it whole. */
    @Test
    void aLineWithoutEndIsRefusedWithoutReadingItAll() {
        Reader endless = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, '7');
                return length;
            }

            @Override
            public void close() {
            }
        };
        String message = assertThrows(IllegalArgumentException.class,
                () -> CsvPointReader.parse(endless, "endless.csv", 2)).getMessage();
        assertTrue(message.startsWith("Data file endless.csv line 1 is longer than 10000 characters"), message);
    }

    @Test
    void everyKindOfLineEndSeparatesRows() throws IOException {
        PointTable table = CsvPointReader.parse(new StringReader("1,2\r\n3,4\r5,6\n7,8"), "ends.csv", 2);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, table.points());
    }

    @Test
    void aHugeValueIsQuotedInEightyCharacters() {
        String message = assertThrows(IllegalArgumentException.class, () -> CsvPointReader.parse(
                new StringReader("x,y\n" + "a".repeat(1000) + ",1\n"), "points.csv", 2)).getMessage();
        assertEquals("Data file points.csv line 2: x '" + "a".repeat(80) + "…' (1000 characters) is not a finite"
                + " number (use a decimal point, like 1.5).", message);
    }

    @Test
    void shortTextIsQuotedWhole() {
        assertEquals("'" + "b".repeat(80) + "'", CsvPointReader.quote("b".repeat(80)));
    }
}
