package org.gansim.app.lab;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads the seeds of a sweep: {@code 1..5}, {@code 3}, or a list such as {@code 1,2,7..9}. */
public final class SeedRange {

    /** More seeds than this is surely a typo (and a sweep of weeks). */
    private static final long MOST = 100_000;

    private SeedRange() {
    }

    /**
     * The seeds in the order written, each once.
     *
     * @throws IllegalArgumentException naming the part that is not a seed or a range
     */
    public static List<Long> parse(String text) {
        LinkedHashSet<Long> seeds = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            try {
                int dots = p.indexOf("..");
                if (dots >= 0) {
                    long from = Long.parseLong(p.substring(0, dots).strip());
                    long to = Long.parseLong(p.substring(dots + 2).strip());
                    if (to < from || to - from >= MOST) {
                        throw new IllegalArgumentException(bad(text, p));
                    }
                    for (long s = from; s <= to; s++) {
                        seeds.add(s);
                    }
                } else {
                    seeds.add(Long.parseLong(p));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(bad(text, p));
            }
        }
        return new ArrayList<>(seeds);
    }

    private static String bad(String text, String part) {
        return "--seeds takes seeds and ranges such as 1..5 or 1,2,7..9 (a range from low to high); '"
                + part + "' in '" + text + "' is not one";
    }
}
