package org.gansim.app.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress line of a long {@code run} on a terminal: a bar, steps done of all, the rate and the
 * time left, redrawn in place with a carriage return a few times a second. On a pipe or a file
 * (no console) nothing is drawn, so what a script reads stays clean.
 *
 * <p>Used by one thread (the one waiting for training).
 */
final class ProgressBar {

    private static final int BAR_WIDTH = 24;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter terminal;
    private long lastDrawn = Long.MIN_VALUE;
    private int drawnWidth;

    private ProgressBar(PrintWriter terminal) {
        this.terminal = terminal;
    }

    /** A bar on the console when there is one (both standard input and output a terminal), else none. */
    static ProgressBar onConsole() {
        Console console = System.console();
        return new ProgressBar(console == null ? null : console.writer());
    }

    /** A bar that draws on {@code terminal} (tests), or draws nothing when it is null. */
    static ProgressBar on(PrintWriter terminal) {
        return new ProgressBar(terminal);
    }

    /** Redraws the line if a quarter of a second has passed since the last time; nothing before the total is known. */
    void update(long done, long total, long elapsedNanos) {
        if (terminal == null || total <= 0 || (lastDrawn != Long.MIN_VALUE && elapsedNanos - lastDrawn < REDRAW_NANOS)) {
            return;
        }
        lastDrawn = elapsedNanos;
        String line = line(done, total, elapsedNanos);
        // pad over what a longer previous line left on screen
        String padding = " ".repeat(Math.max(0, drawnWidth - line.length()));
        terminal.print("\r" + line + padding);
        terminal.flush();
        drawnWidth = line.length();
    }

    /** Wipes the line, so the summary that follows starts on a clean one. */
    void clear() {
        if (terminal != null && drawnWidth > 0) {
            terminal.print("\r" + " ".repeat(drawnWidth) + "\r");
            terminal.flush();
            drawnWidth = 0;
        }
    }

    /**
     * The text of the line, e.g. {@code [######------------------]  25% 2,500/10,000 steps  812 steps/s  ETA 9 s}.
     */
    static String line(long done, long total, long elapsedNanos) {
        double fraction = total <= 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.floor(fraction * BAR_WIDTH);
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? duration((total - done) / rate) : "?";
        return String.format(Locale.ROOT, "[%s%s] %3d%% %,d/%,d steps  %,.0f steps/s  ETA %s",
                "#".repeat(filled), "-".repeat(BAR_WIDTH - filled), (int) Math.floor(fraction * 100), done, total,
                rate, eta);
    }

    /** "42 s", "3 min 05 s", "2 h 07 min", "12 d 3 h": two units at most. */
    static String duration(double seconds) {
        long s = (long) Math.ceil(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        if (s < 86_400) {
            return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
        }
        return String.format(Locale.ROOT, "%,d d %d h", s / 86_400, (s % 86_400) / 3600);
    }
}
