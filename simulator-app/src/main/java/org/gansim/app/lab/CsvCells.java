package org.gansim.app.lab;

import java.util.ArrayList;
import java.util.List;

/** One CSV line to cells and back (RFC 4180 quoting: a cell with a comma, quote or line break is quoted). */
public final class CsvCells {

    private CsvCells() {
    }

    /** Joins cells into one line, quoting where needed. */
    public static String join(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells.get(i);
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.toString();
    }

    /**
     * Splits one line into cells.
     *
     * @throws IllegalArgumentException when a quoted cell is not closed
     */
    public static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted cell is not closed in the line: " + line);
        }
        cells.add(cell.toString());
        return cells;
    }
}
