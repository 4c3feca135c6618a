package org.gansim.app.experiment;

import java.util.SplittableRandom;

/** Random damage to a file's text, of the kinds editing by hand and broken copies cause. */
final class Mutations {

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e309",
        "9223372036854775808", "\"x\"", "0.5", "[]", "{}", "\\u0000", "NaN", "\"\\", "é"};

    private Mutations() {
    }

    static String mutate(String text, SplittableRandom random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(6)) {
                case 0 -> out.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 1 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(20)));
                case 2 -> {
                    if (at < out.length()) {
                        out.setCharAt(at, (char) (32 + random.nextInt(95)));
                    }
                }
                case 3 -> out.setLength(at); // a file cut short
                case 4 -> replaceValue(out, random);
                default -> {
                    int from = random.nextInt(out.length() + 1);
                    int to = Math.min(out.length(), from + random.nextInt(40));
                    out.insert(at, out.substring(from, to));
                }
            }
        }
        return out.toString();
    }

    /** Replaces the value after one colon with a token: right syntax, wrong type or range. */
    private static void replaceValue(StringBuilder out, SplittableRandom random) {
        int colon = out.indexOf(":", random.nextInt(out.length() + 1));
        if (colon < 0) {
            return;
        }
        int end = colon + 1;
        while (end < out.length() && out.charAt(end) != ',' && out.charAt(end) != '\n') {
            end++;
        }
        out.replace(colon + 1, end, " " + TOKENS[random.nextInt(TOKENS.length)]);
    }
}
