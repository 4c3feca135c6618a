package org.gansim.app.lab;

/**
 * Which runs of a sweep one machine takes: shard {@code K/N} takes runs K, K+N, K+2N, ... of the
 * canonical order (K from 0 to N-1), so N machines (a Slurm job array, GNU parallel over ssh, a CI
 * matrix) share a sweep without talking to each other.
 *
 * @param index the shard, from 0 to {@code count - 1}
 * @param count how many shards, at least 1
 */
public record Shard(int index, int count) {

    /** The whole sweep on one machine. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("--shard takes K/N with N at least 1 and K from 0 to N-1, got "
                    + index + "/" + count);
        }
    }

    /**
     * Reads {@code K/N}.
     *
     * @throws IllegalArgumentException naming what is valid
     */
    public static Shard parse(String text) {
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--shard takes K/N, e.g. 0/4 for the first of four shards (K from 0 to"
                + " N-1); got '" + text + "'");
    }

    /** Whether this shard runs the run at {@code index} of the canonical order. */
    public boolean takes(int runIndex) {
        return runIndex % count == index;
    }
}
