package org.gansim.app.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of a sweep's CSV, one per finished run, kept in canonical order (by the {@code run}
 * column) and written atomically after every run, so the file on disk is always a valid CSV of
 * the runs finished so far, whatever the number of jobs and however the process ends.
 *
 * <p>Columns: {@code run,target,variant}, one per swept parameter, {@code seed,steps,status,d_loss,
 * g_loss,modes,mode_count,high_quality,reverse_kl,kl,js}, and last, unless left out,
 * {@code seconds} (the one column that differs between two runs of the same sweep).
 *
 * <p>Thread-safe: jobs add their rows concurrently.
 */
public final class SweepTable {

    /** The measures after the parameter columns and before the time. */
    public static final List<String> MEASURES = List.of("seed", "steps", "status", "d_loss", "g_loss", "modes",
            "mode_count", "high_quality", "reverse_kl", "kl", "js");
    /** The wall-time column, last. */
    public static final String SECONDS = "seconds";

    private final List<String> header;
    private final TreeMap<Integer, List<String>> rows = new TreeMap<>();

    /** An empty table with this header. */
    public SweepTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** The header of a plan's table. */
    public static List<String> header(List<String> parameterKeys, boolean timing) {
        List<String> header = new ArrayList<>(List.of("run", "target", "variant"));
        header.addAll(parameterKeys);
        header.addAll(MEASURES);
        if (timing) {
            header.add(SECONDS);
        }
        return header;
    }

    public List<String> header() {
        return header;
    }

    /** The cells of one result, in the header's order. */
    public List<String> cells(RunResult r) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(r.run().index()), r.run().target(),
                r.run().variant()));
        cells.addAll(r.run().values());
        cells.add(Long.toString(r.run().seed()));
        cells.add(Long.toString(r.steps()));
        cells.add(r.status());
        cells.add(number(r.dLoss(), r.ok()));
        cells.add(number(r.gLoss(), r.ok()));
        cells.add(r.modes() < 0 ? "" : Integer.toString(r.modes()));
        cells.add(r.modeCount() < 0 ? "" : Integer.toString(r.modeCount()));
        cells.add(number(r.highQuality(), r.modes() >= 0));
        cells.add(number(r.reverseKl(), r.modes() >= 0));
        cells.add(r.divergence() == null ? "" : Double.toString(r.divergence().kl()));
        cells.add(r.divergence() == null ? "" : Double.toString(r.divergence().js()));
        if (header.contains(SECONDS)) {
            cells.add(String.format(java.util.Locale.ROOT, "%.3f", r.seconds()));
        }
        return cells;
    }

    /** A number, "NaN" when measured but undefined, empty when not measured. */
    private static String number(double value, boolean measured) {
        return measured ? Double.toString(value) : "";
    }

    /** Adds a finished run's row. */
    public synchronized void add(RunResult result) {
        rows.put(result.run().index(), cells(result));
    }

    /**
     * Adds a row read from a file.
     *
     * @throws IllegalArgumentException when it has the wrong number of cells or its run is already here
     */
    public synchronized void addRow(List<String> cells, String from) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(from + " has a row of " + cells.size() + " cells under a header of "
                    + header.size() + ": " + CsvCells.join(cells));
        }
        int run;
        try {
            run = Integer.parseInt(cells.get(0));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(from + " has a row whose run is not a number: " + CsvCells.join(cells));
        }
        if (rows.containsKey(run)) {
            throw new IllegalArgumentException(from + " repeats run " + run + ", already read; each run belongs"
                    + " to one shard");
        }
        rows.put(run, List.copyOf(cells));
    }

    /** Whether the run at this index has its row. */
    public synchronized boolean has(int run) {
        return rows.containsKey(run);
    }

    /** The rows, in canonical order. */
    public synchronized Map<Integer, List<String>> rows() {
        return new TreeMap<>(rows);
    }

    /** The whole CSV. */
    public synchronized String text() {
        StringBuilder text = new StringBuilder(CsvCells.join(header)).append('\n');
        for (List<String> row : rows.values()) {
            text.append(CsvCells.join(row)).append('\n');
        }
        return text.toString();
    }

    /** Writes the table atomically. */
    public synchronized void write(Path file) throws IOException {
        AtomicText.write(file, text());
    }

    /**
     * Reads a sweep CSV.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static SweepTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty; a sweep CSV starts with a header run,target,...");
        }
        List<String> header = CsvCells.split(lines.get(0));
        if (!header.get(0).equals("run") || !header.containsAll(MEASURES)) {
            throw new IllegalArgumentException(file + " is not a sweep CSV: its header is " + lines.get(0));
        }
        SweepTable table = new SweepTable(header);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                table.addRow(CsvCells.split(line), file.toString());
            }
        }
        return table;
    }
}
