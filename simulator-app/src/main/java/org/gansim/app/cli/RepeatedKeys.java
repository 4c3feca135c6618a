package org.gansim.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a {@code --param} key given twice: the second would silently replace the first, so it is
 * refused instead, showing both values. Stateless; any thread.
 */
final class RepeatedKeys {

    private RepeatedKeys() {
    }

    /**
     * @param assignments the {@code KEY=VALUE} texts in the order given
     * @return null when every key is given once, else one sentence naming the key and its two values
     */
    static String firstRepeated(List<String> assignments) {
        Map<String, String> valueOfKey = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq < 0) {
                continue; // not an assignment: the settings report it in their own words
            }
            String key = assignment.substring(0, eq).strip();
            String value = assignment.substring(eq + 1);
            String earlier = valueOfKey.putIfAbsent(key, value);
            if (earlier != null) {
                return "--param " + key + " is given twice (" + InputQuotes.cut(earlier) + " and "
                        + InputQuotes.cut(value) + "); give each key once";
            }
        }
        return null;
    }
}
