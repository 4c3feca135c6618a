package org.gansim.app.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The plugin table as text, for {@code gansim plugins}: one row per plugin or failed jar, columns
 * padded to line up, and a summary line.
 *
 * <pre>
 * KIND     ID     NAME           VERSION  ORIGIN                         STATUS  ERROR
 * target   ring8  Ring of eight  1.0      built-in                       loaded
 * variant  mine   -              -        /home/ann/plugins/mine.jar     FAILED  demo.Mine could not be created: ...
 *
 * 17 targets, 6 variants and 8 views loaded; 1 failed.
 * </pre>
 *
 * <p>Stateless; any thread.
 */
public final class PluginTable {

    /** The column headings, in the order of {@link PluginEntry}'s components. */
    public static final List<String> HEADINGS = List.of("KIND", "ID", "NAME", "VERSION", "ORIGIN", "STATUS", "ERROR");

    private static final List<Function<PluginEntry, String>> CELLS = List.of(
            e -> e.kind().label(), PluginEntry::id, PluginEntry::name, PluginEntry::version, PluginEntry::origin,
            e -> e.status().label(), PluginEntry::error);

    private PluginTable() {
    }

    /**
     * The table of {@code entries} with a heading, then a blank line and {@link #summary}.
     *
     * @param entries the rows, in the order to print; never null
     * @return lines separated by '\n', ending with one
     */
    public static String format(List<PluginEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (PluginEntry entry : entries) {
            rows.add(CELLS.stream().map(cell -> orDash(cell.apply(entry))).toList());
        }
        int columns = HEADINGS.size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                line.append(cell);
                if (c < columns - 1) {
                    line.append(" ".repeat(widths[c] - cell.length() + 2));
                }
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.append('\n').append(summary(entries)).append('\n').toString();
    }

    /** "17 targets, 6 variants and 8 views loaded; 1 failed." */
    public static String summary(List<PluginEntry> entries) {
        long targets = count(entries, PluginKind.TARGET);
        long variants = count(entries, PluginKind.VARIANT);
        long views = count(entries, PluginKind.VIEW);
        long failed = entries.stream().filter(e -> !e.loaded()).count();
        return plural(targets, "target") + ", " + plural(variants, "variant") + " and " + plural(views, "view")
                + " loaded; " + (failed == 0 ? "none failed." : failed + " failed.");
    }

    private static long count(List<PluginEntry> entries, PluginKind kind) {
        return entries.stream().filter(e -> e.loaded() && e.kind() == kind).count();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
