package org.gansim.app.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * One swept parameter and the values it takes, from a {@code --param KEY=V1,V2,...} option.
 *
 * <p>Values are separated by commas; a parameter whose single value is itself a list (the layer
 * sizes {@code model.g_hidden=64,64}) separates its alternatives with {@code |} instead:
 * {@code model.g_hidden=64,64|128,128}. A value containing {@code |} is always split on it.
 *
 * @param key    the namespaced key, such as {@code variant.lr_d}
 * @param values at least one value, as typed
 */
public record SweepAxis(String key, List<String> values) {

    public SweepAxis {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Parameter " + key + " has no value to sweep over");
        }
    }

    /**
     * Reads {@code KEY=V1,V2}.
     *
     * @param option     the text after {@code --param}
     * @param valueIsList whether the key's single value is a comma-separated list (layer sizes)
     * @throws IllegalArgumentException naming the problem when there is no {@code =} or an empty value
     */
    public static SweepAxis parse(String option, boolean valueIsList) {
        int eq = option.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--param takes KEY=VALUE[,VALUE...], e.g. variant.lr_d=1e-4,1e-3; got '"
                    + option + "'");
        }
        String key = option.substring(0, eq).strip();
        String text = option.substring(eq + 1);
        String separator = text.contains("|") || valueIsList ? "\\|" : ",";
        List<String> values = new ArrayList<>();
        for (String value : text.split(separator, -1)) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("Parameter " + key + " has an empty value in '" + option
                        + "'; separate values with commas (layer sizes with |)");
            }
            values.add(value.strip());
        }
        return new SweepAxis(key, values);
    }

    /** The key of a {@code KEY=...} option, or the whole text when it has no {@code =}. */
    public static String keyOf(String option) {
        int eq = option.indexOf('=');
        return eq < 0 ? option : option.substring(0, eq).strip();
    }
}
