package org.gansim.api.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The description of one parameter a user may set: its key, kind, default, valid range and meaning.
 * The app builds its parameter panel from these, and the command line checks {@code --param} with them.
 *
 * <p>Create specs with the factory methods, then refine them:
 * <pre>{@code
 * ParamSpec.decimal("lr_d", "D learning rate", 2e-4, 1e-6, 1).logScale().describe("Adam step size for D")
 * ParamSpec.integer("modes", "Modes", 8, 1, 64)
 * ParamSpec.choice("loss", "Generator loss", "non-saturating", "minimax", "non-saturating")
 * ParamSpec.intList("g_hidden", "G hidden layers", List.of(64, 64), 1, 1024).resetRequired()
 * ParamSpec.text("file", "Data file", "")
 * ParamSpec.text("points", "Drawing", "-1 0; 1 0").drawnPoints()
 * }</pre>
 * A spec is <em>live</em> by default: a new value takes effect between two steps. Specs marked
 * {@link #resetRequired()} (network sizes, say) only take effect when the simulation is reset.
 * Specs are immutable.
 *
 * @since 1
 */
public sealed interface ParamSpec
        permits ParamSpec.IntSpec, ParamSpec.DecimalSpec, ParamSpec.ChoiceSpec, ParamSpec.BoolSpec,
        ParamSpec.IntListSpec, ParamSpec.TextSpec {

    /**
     * The key within its namespace, e.g. {@code "lr_d"}: lower case, digits and underscores. The host
     * names a parameter with its namespace ({@code "variant.lr_d"}) in settings it shows to views.
     */
    String key();

    /** A short label for the parameter panel. */
    String label();

    /** A sentence shown as a tooltip. */
    String description();

    /** The default value: an Integer, Double, String, Boolean or List of Integer (a String for text). */
    Object defaultValue();

    /** Whether a change takes effect while training (true) or needs a reset (false). */
    boolean live();

    /** What values are valid, for messages: "a number from 1e-06 to 1". */
    String validValues();

    /**
     * Reads a value typed by a user.
     *
     * @throws IllegalArgumentException with a sentence saying what is valid, when the text is not a valid value
     */
    Object parse(String text);

    /**
     * Checks a value of the right type.
     *
     * @throws IllegalArgumentException when it is out of range
     */
    Object check(Object value);

    /** Writes a value the way {@link #parse} reads it. */
    default String format(Object value) {
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /** A copy with a tooltip sentence. */
    ParamSpec describe(String description);

    /** A copy that only takes effect on reset. */
    ParamSpec resetRequired();

    /** An integer parameter from {@code min} to {@code max} inclusive. */
    static IntSpec integer(String key, String label, int defaultValue, int min, int max) {
        return new IntSpec(key, label, "", defaultValue, min, max, true);
    }

    /** A real-valued parameter from {@code min} to {@code max} inclusive. */
    static DecimalSpec decimal(String key, String label, double defaultValue, double min, double max) {
        return new DecimalSpec(key, label, "", defaultValue, min, max, false, true);
    }

    /** One of a fixed list of words. */
    static ChoiceSpec choice(String key, String label, String defaultValue, String... choices) {
        return new ChoiceSpec(key, label, "", defaultValue, List.of(choices), true);
    }

    /** On or off. */
    static BoolSpec bool(String key, String label, boolean defaultValue) {
        return new BoolSpec(key, label, "", defaultValue, true);
    }

    /** A non-empty list of integers, each from {@code min} to {@code max}, written "64,64". */
    static IntListSpec intList(String key, String label, List<Integer> defaultValue, int min, int max) {
        return new IntListSpec(key, label, "", defaultValue, min, max, true);
    }

    /**
     * Free text, such as a file path or a hand-drawn shape written as numbers. The plugin checks the
     * text itself when it creates its object, and throws an IllegalArgumentException naming the problem.
     */
    static TextSpec text(String key, String label, String defaultValue) {
        return new TextSpec(key, label, "", defaultValue, true);
    }

    private static void checkKey(String key) {
        // One optional dot lets the host name a parameter with its namespace ("variant.lr_d").
        if (key == null || !key.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)?")) {
            throw new IllegalArgumentException("A parameter key must be lower case letters, digits and"
                    + " underscores, starting with a letter (the host may prefix a namespace and a dot),"
                    + " got '" + key + "'");
        }
    }

    private static String number(double v) {
        double a = Math.abs(v);
        return a == 0 || (a >= 1e-4 && a < 1e9)
                ? java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : Double.toString(v);
    }

    /** An integer parameter. */
    record IntSpec(String key, String label, String description, Integer defaultValue, int min, int max,
                   boolean live) implements ParamSpec {
        public IntSpec {
            checkKey(key);
            if (min > max || defaultValue < min || defaultValue > max) {
                throw new IllegalArgumentException("Parameter " + key + ": default " + defaultValue
                        + " is outside " + min + ".." + max);
            }
        }

        @Override
        public String validValues() {
            return "an integer from " + min + " to " + max;
        }

        @Override
        public Object parse(String text) {
            try {
                return check(Integer.parseInt(text.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be " + validValues() + ", got '" + text + "'");
            }
        }

        @Override
        public Object check(Object value) {
            if (!(value instanceof Integer i) || i < min || i > max) {
                throw new IllegalArgumentException("must be " + validValues() + ", got " + value);
            }
            return value;
        }

        @Override
        public IntSpec describe(String text) {
            return new IntSpec(key, label, text, defaultValue, min, max, live);
        }

        @Override
        public IntSpec resetRequired() {
            return new IntSpec(key, label, description, defaultValue, min, max, false);
        }
    }

    /** A real-valued parameter, optionally shown on a logarithmic scale ({@code logarithmic}: learning rates). */
    record DecimalSpec(String key, String label, String description, Double defaultValue, double min,
                       double max, boolean logarithmic, boolean live) implements ParamSpec {
        public DecimalSpec {
            checkKey(key);
            if (!(min <= max) || !(defaultValue >= min && defaultValue <= max) || (logarithmic && min <= 0)) {
                throw new IllegalArgumentException("Parameter " + key + ": default " + defaultValue
                        + " is outside " + min + ".." + max + (logarithmic ? " or the range is not positive" : ""));
            }
        }

        @Override
        public String validValues() {
            return "a number from " + number(min) + " to " + number(max);
        }

        @Override
        public Object parse(String text) {
            try {
                return check(Double.parseDouble(text.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be " + validValues() + ", got '" + text + "'");
            }
        }

        @Override
        public Object check(Object value) {
            double v = value instanceof Number n ? n.doubleValue() : Double.NaN;
            if (!(v >= min && v <= max)) {
                throw new IllegalArgumentException("must be " + validValues() + ", got " + value);
            }
            return v;
        }

        @Override
        public String format(Object value) {
            return String.format(Locale.ROOT, "%s", value);
        }

        /** A copy shown with a logarithmic slider; the range must be positive. */
        public DecimalSpec logScale() {
            return new DecimalSpec(key, label, description, defaultValue, min, max, true, live);
        }

        @Override
        public DecimalSpec describe(String text) {
            return new DecimalSpec(key, label, text, defaultValue, min, max, logarithmic, live);
        }

        @Override
        public DecimalSpec resetRequired() {
            return new DecimalSpec(key, label, description, defaultValue, min, max, logarithmic, false);
        }
    }

    /** One of a fixed list of words. */
    record ChoiceSpec(String key, String label, String description, String defaultValue,
                      List<String> choices, boolean live) implements ParamSpec {
        public ChoiceSpec {
            checkKey(key);
            choices = List.copyOf(choices);
            if (!choices.contains(defaultValue)) {
                throw new IllegalArgumentException("Parameter " + key + ": default '" + defaultValue
                        + "' is not one of " + choices);
            }
        }

        @Override
        public String validValues() {
            return "one of " + String.join(", ", choices);
        }

        @Override
        public Object parse(String text) {
            return check(text.trim());
        }

        @Override
        public Object check(Object value) {
            if (!choices.contains(value)) {
                throw new IllegalArgumentException("must be " + validValues() + ", got '" + value + "'");
            }
            return value;
        }

        @Override
        public ChoiceSpec describe(String text) {
            return new ChoiceSpec(key, label, text, defaultValue, choices, live);
        }

        @Override
        public ChoiceSpec resetRequired() {
            return new ChoiceSpec(key, label, description, defaultValue, choices, false);
        }
    }

    /** On or off, written true or false. */
    record BoolSpec(String key, String label, String description, Boolean defaultValue, boolean live)
            implements ParamSpec {
        public BoolSpec {
            checkKey(key);
        }

        @Override
        public String validValues() {
            return "true or false";
        }

        @Override
        public Object parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (!t.equals("true") && !t.equals("false")) {
                throw new IllegalArgumentException("must be " + validValues() + ", got '" + text + "'");
            }
            return Boolean.valueOf(t);
        }

        @Override
        public Object check(Object value) {
            if (!(value instanceof Boolean)) {
                throw new IllegalArgumentException("must be " + validValues() + ", got " + value);
            }
            return value;
        }

        @Override
        public BoolSpec describe(String text) {
            return new BoolSpec(key, label, text, defaultValue, live);
        }

        @Override
        public BoolSpec resetRequired() {
            return new BoolSpec(key, label, description, defaultValue, false);
        }
    }

    /** A non-empty list of integers, such as hidden layer widths, written "64,64". */
    record IntListSpec(String key, String label, String description, List<Integer> defaultValue, int min,
                       int max, boolean live) implements ParamSpec {
        public IntListSpec {
            checkKey(key);
            defaultValue = List.copyOf(defaultValue);
            if (defaultValue.isEmpty() || defaultValue.stream().anyMatch(v -> v < min || v > max)) {
                throw new IllegalArgumentException("Parameter " + key + ": default " + defaultValue
                        + " is not a non-empty list within " + min + ".." + max);
            }
        }

        @Override
        public String validValues() {
            return "a comma-separated list of integers from " + min + " to " + max;
        }

        @Override
        public Object parse(String text) {
            List<Integer> values = new ArrayList<>();
            try {
                for (String part : text.split(",")) {
                    values.add(Integer.parseInt(part.trim()));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be " + validValues() + ", got '" + text + "'");
            }
            return check(values);
        }

        @Override
        public Object check(Object value) {
            if (!(value instanceof List<?> list) || list.isEmpty()
                    || list.stream().anyMatch(v -> !(v instanceof Integer i) || i < min || i > max)) {
                throw new IllegalArgumentException("must be " + validValues() + ", got " + value);
            }
            return List.copyOf(list);
        }

        @Override
        public IntListSpec describe(String text) {
            return new IntListSpec(key, label, text, defaultValue, min, max, live);
        }

        @Override
        public IntListSpec resetRequired() {
            return new IntListSpec(key, label, description, defaultValue, min, max, false);
        }
    }

    /**
     * Free text, taken as typed (not trimmed): a file path, or data written as text.
     *
     * @param drawing whether the text is a set of 2-D points drawn by hand, in the format described at
     *     {@link #drawnPoints()}; the app then offers to draw them with the mouse
     */
    record TextSpec(String key, String label, String description, String defaultValue, boolean live,
                    boolean drawing) implements ParamSpec {
        public TextSpec {
            checkKey(key);
            if (defaultValue == null) {
                throw new IllegalArgumentException("Parameter " + key + ": the default text must not be null");
            }
        }

        /** Plain text, not a drawing. */
        public TextSpec(String key, String label, String description, String defaultValue, boolean live) {
            this(key, label, description, defaultValue, live, false);
        }

        /**
         * A copy that says the text is a set of 2-D points drawn by hand, so the app offers a "Draw…"
         * button that opens a canvas over the target's plot bounds and writes the drawing back as
         * text. Only for a 2-D target. The text the app writes, and should read, has this format:
         * <ul>
         *   <li>points separated by semicolons (or new lines);</li>
         *   <li>each point {@code x y} in data coordinates, with a decimal point (a comma between
         *       the two numbers also works);</li>
         *   <li>optionally a whole-number class label from 0 after each point ({@code x y label}), in
         *       which case every point has one and the labels run from 0 without gaps;</li>
         *   <li>an empty text is an empty drawing.</li>
         * </ul>
         * For example {@code "-1 0.5; 0 1; 1 0.5"}, or with two classes {@code "-1 0.5 0; 1 -1 1"}.
         * As with any text, the plugin checks the drawing when it creates its object and refuses one
         * it cannot use (an empty one, say) with an IllegalArgumentException naming the problem.
         */
        public TextSpec drawnPoints() {
            return new TextSpec(key, label, description, defaultValue, live, true);
        }

        @Override
        public String validValues() {
            return "any text";
        }

        @Override
        public Object parse(String text) {
            return check(text);
        }

        @Override
        public Object check(Object value) {
            if (!(value instanceof String)) {
                throw new IllegalArgumentException("must be " + validValues() + ", got " + value);
            }
            return value;
        }

        @Override
        public TextSpec describe(String text) {
            return new TextSpec(key, label, text, defaultValue, live, drawing);
        }

        @Override
        public TextSpec resetRequired() {
            return new TextSpec(key, label, description, defaultValue, false, drawing);
        }
    }
}
