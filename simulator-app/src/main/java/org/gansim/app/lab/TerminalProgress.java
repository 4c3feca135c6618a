package org.gansim.app.lab;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal, redrawn in place; nothing at all when the output is a pipe
 * or a file, so logs and CSV on standard output stay clean.
 *
 * <p>Used by one thread.
 */
public final class TerminalProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean enabled;
    private final String what;
    private final int total;
    private final long started = System.nanoTime();
    private int done;

    /**
     * @param out     where the bar is drawn (standard error, so standard output stays for data)
     * @param enabled whether to draw at all: {@link #onTerminal()} for the real thing
     * @param what    what is counted, e.g. "runs"
     * @param total   how many there are
     */
    public TerminalProgress(PrintStream out, boolean enabled, String what, int total) {
        this.out = out;
        this.enabled = enabled && total > 0;
        this.what = what;
        this.total = total;
        draw();
    }

    /** Whether the program talks to a terminal (standard input and output both one). */
    public static boolean onTerminal() {
        return System.console() != null;
    }

    /** Counts one more done and redraws. */
    public void advance() {
        done++;
        draw();
        if (enabled && done >= total) {
            out.println();
        }
    }

    private void draw() {
        if (!enabled) {
            return;
        }
        int filled = (int) ((long) WIDTH * done / total);
        double seconds = (System.nanoTime() - started) / 1e9;
        String eta = done == 0 ? "" : String.format(Locale.ROOT, ", about %.0f s left", seconds / done * (total - done));
        out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + what
                + String.format(Locale.ROOT, ", %.0f s", seconds) + eta + "   ");
        out.flush();
    }
}
