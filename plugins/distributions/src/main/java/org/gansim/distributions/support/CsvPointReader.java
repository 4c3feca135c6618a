package org.gansim.distributions.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a table of points from CSV text: one point per line, {@code x,y[,label]} in 2-D or
 * {@code x[,label]} in 1-D. Any thread; each call reads one file.
 *
 * <p>Accepted: values separated by commas, semicolons, tabs or spaces (the first line decides which,
 * so a file of {@code 1,5;2} rows is refused rather than misread); numbers with a decimal point;
 * one header line first (recognised because its first value is not a number); blank lines and lines
 * starting with {@code #}. Either every line has a label or none has; labels are whole numbers from 0,
 * and every class up to the largest must appear. A problem is reported as one sentence naming the
 * file and the line.
 */
public final class CsvPointReader {

    /** The most rows read, so a wrong file (a log, a huge export) fails quickly instead of filling memory. */
    public static final int MAX_ROWS = 1_000_000;

    /** The largest label accepted. */
    public static final int MAX_LABEL = 999;

    /** The most characters of the file a message quotes, so a 100 MB line does not flood the screen. */
    public static final int MAX_QUOTED = 80;

    /**
     * The longest line read: far more than any row of two numbers and a label needs, and little
     * enough memory that a file which is not CSV (a single line of many megabytes) is refused after
     * reading this much of it, not after holding the whole line.
     */
    public static final int MAX_LINE = 10_000;

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvPointReader() {
    }

    /**
     * Reads a file.
     *
     * @param file      the file to read, UTF-8
     * @param dimension 1 or 2
     * @throws IllegalArgumentException naming the file (and the line) when it cannot be read or is not valid
     */
    public static PointTable read(Path file, int dimension) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString(), dimension);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("Data file " + file + " does not exist.", e);
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException("Data file " + file + " cannot be opened: permission denied.", e);
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException("Data file " + file + " is not a text file in UTF-8.", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Data file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads CSV text.
     *
     * @param text      the lines
     * @param name      the file name, for messages
     * @param dimension 1 or 2
     * @throws IllegalArgumentException naming the file and the line when the text is not valid
     * @throws IOException              when the reader fails
     */
    public static PointTable parse(Reader text, String name, int dimension) throws IOException {
        BufferedReader lines = text instanceof BufferedReader b ? b : new BufferedReader(text);
        String layout = dimension == 2 ? "x,y or x,y,label" : "x or x,label";
        double[] points = new double[1024];
        int[] labels = new int[512];
        int rows = 0;
        int columns = -1;
        int firstDataLine = 0;
        String separator = null;
        int lineNumber = 0;
        for (String line = nextLine(lines, name, 1); line != null; line = nextLine(lines, name, lineNumber + 1)) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith(BYTE_ORDER_MARK)) {
                // Spreadsheets save UTF-8 with a mark in front; left on, it hides a header's first name
                // or a first number, and the first row would be taken as a header and dropped.
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            boolean firstLine = separator == null;
            if (firstLine) {
                separator = separatorOf(trimmed);
            }
            String[] fields = trimmed.split(separator);
            if (firstLine) {
                if (!isNumber(fields[0])) {
                    continue; // a header: its first value is a name, not a number
                }
            }
            String where = "Data file " + name + " line " + lineNumber + ": ";
            if (columns < 0) {
                if (fields.length != dimension && fields.length != dimension + 1) {
                    throw new IllegalArgumentException(where + "expected " + layout + " (" + dimension + " or "
                            + (dimension + 1) + " values), found " + fields.length + " in " + quote(trimmed) + ".");
                }
                columns = fields.length;
                firstDataLine = lineNumber;
            } else if (fields.length != columns) {
                throw new IllegalArgumentException(where + "expected " + columns + " values like line "
                        + firstDataLine + ", found " + fields.length + " in " + quote(trimmed) + ".");
            }
            if (rows == MAX_ROWS) {
                throw new IllegalArgumentException("Data file " + name + " has more than " + MAX_ROWS
                        + " rows; use a sample of it.");
            }
            if ((rows + 1) * dimension > points.length) {
                points = Arrays.copyOf(points, points.length * 2);
            }
            for (int axis = 0; axis < dimension; axis++) {
                points[rows * dimension + axis] = number(fields[axis], where, axis == 0 ? "x" : "y");
            }
            if (columns > dimension) {
                if (rows == labels.length) {
                    labels = Arrays.copyOf(labels, labels.length * 2);
                }
                labels[rows] = label(fields[dimension], where);
            }
            rows++;
        }
        if (rows == 0) {
            throw new IllegalArgumentException("Data file " + name + " has no data rows; each line needs "
                    + layout + ", with numbers.");
        }
        int[] rowLabels = columns > dimension ? Arrays.copyOf(labels, rows) : null;
        if (rowLabels != null) {
            checkEveryClassPresent(rowLabels, name);
        }
        return new PointTable(dimension, Arrays.copyOf(points, rows * dimension), rowLabels);
    }

    /** The separator of a file, as a pattern, from its first line: semicolon, else tab, else comma, else spaces. */
    private static String separatorOf(String line) {
        if (line.indexOf(';') >= 0) {
            return "\\s*;\\s*";
        }
        if (line.indexOf('\t') >= 0) {
            return "\\s*\\t\\s*";
        }
        if (line.indexOf(',') >= 0) {
            return "\\s*,\\s*";
        }
        return "\\s+";
    }

    /**
     * The next line without its end ({@code \n}, {@code \r\n} or {@code \r}), or null at the end.
     *
     * @throws IllegalArgumentException when the line is longer than {@value #MAX_LINE} characters
     */
    private static String nextLine(BufferedReader in, String name, int lineNumber) throws IOException {
        StringBuilder line = new StringBuilder();
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (line.length() == MAX_LINE) {
                throw new IllegalArgumentException("Data file " + name + " line " + lineNumber + " is longer than "
                        + MAX_LINE + " characters, starting " + quote(line.toString()) + "; a points file has"
                        + " short lines of numbers (x,y or x,y,label).");
            }
            line.append((char) c);
            c = in.read();
        }
        if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
        }
        return line.toString();
    }

    /** The text in quotes, cut to {@value #MAX_QUOTED} characters with the full length said. */
    static String quote(String text) {
        if (text.length() <= MAX_QUOTED) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, MAX_QUOTED) + "…' (" + text.length() + " characters)";
    }

    private static boolean isNumber(String field) {
        try {
            Double.parseDouble(field);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double number(String field, String where, String axis) {
        double value;
        try {
            value = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(where + axis + " " + quote(field) + " is not a finite number"
                    + " (use a decimal point, like 1.5).");
        }
        return value;
    }

    private static int label(String field, String where) {
        double value;
        try {
            value = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= 0 && value <= MAX_LABEL && value == Math.rint(value))) {
            throw new IllegalArgumentException(where + "label " + quote(field) + " is not a whole number from 0 to "
                    + MAX_LABEL + ".");
        }
        return (int) value;
    }

    private static void checkEveryClassPresent(int[] labels, String name) {
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        boolean[] seen = new boolean[classes];
        for (int label : labels) {
            seen[label] = true;
        }
        for (int c = 0; c < classes; c++) {
            if (!seen[c]) {
                throw new IllegalArgumentException("Data file " + name + ": labels must number the classes 0 to "
                        + (classes - 1) + " without gaps, but no row has label " + c + ".");
            }
        }
    }
}
