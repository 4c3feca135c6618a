package org.gansim.api.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable set of parameter values, one for each spec of a plugin, checked against the specs.
 *
 * <p>Plugins read values with the typed getters:
 * <pre>{@code
 * double radius = params.getDouble("radius");
 * List<Integer> hidden = params.getIntList("g_hidden");
 * }</pre>
 *
 * @since 1
 */
public final class Params {

    private final Map<String, ParamSpec> specs;
    private final Map<String, Object> values;

    private Params(Map<String, ParamSpec> specs, Map<String, Object> values) {
        this.specs = specs;
        this.values = values;
    }

    /** The defaults of every spec. */
    public static Params defaults(List<ParamSpec> specs) {
        Map<String, ParamSpec> byKey = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec spec : specs) {
            if (byKey.put(spec.key(), spec) != null) {
                throw new IllegalArgumentException("Parameter key '" + spec.key() + "' is declared twice");
            }
            values.put(spec.key(), spec.check(spec.defaultValue()));
        }
        return new Params(Collections.unmodifiableMap(byKey), Collections.unmodifiableMap(values));
    }

    /** The specs these values follow, in declaration order. */
    public List<ParamSpec> specs() {
        return List.copyOf(specs.values());
    }

    /** The spec of {@code key}, or null when there is none. */
    public ParamSpec spec(String key) {
        return specs.get(key);
    }

    /** Whether {@code key} is one of the specs. */
    public boolean has(String key) {
        return specs.containsKey(key);
    }

    /**
     * A copy with one value changed.
     *
     * @throws IllegalArgumentException naming the key and the valid keys or values when either is wrong
     */
    public Params with(String key, Object value) {
        ParamSpec spec = requireSpec(key);
        Object checked;
        try {
            checked = spec.check(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " " + e.getMessage(), e);
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, checked);
        return new Params(specs, Collections.unmodifiableMap(copy));
    }

    /**
     * A copy with one value changed, read from text as a user typed it.
     *
     * @throws IllegalArgumentException naming the key and what is valid
     */
    public Params withText(String key, String text) {
        ParamSpec spec = requireSpec(key);
        Object parsed;
        try {
            parsed = spec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " " + e.getMessage(), e);
        }
        return with(key, parsed);
    }

    private ParamSpec requireSpec(String key) {
        ParamSpec spec = specs.get(key);
        if (spec == null) {
            throw new IllegalArgumentException("Unknown parameter '" + key + "'; valid keys: "
                    + (specs.isEmpty() ? "none" : String.join(", ", specs.keySet())));
        }
        return spec;
    }

    /** The value of {@code key}: an Integer, Double, String, Boolean or List of Integer. */
    public Object get(String key) {
        requireSpec(key);
        return values.get(key);
    }

    public double getDouble(String key) {
        return ((Number) get(key)).doubleValue();
    }

    public int getInt(String key) {
        return (Integer) get(key);
    }

    public boolean getBoolean(String key) {
        return (Boolean) get(key);
    }

    public String getString(String key) {
        return (String) get(key);
    }

    @SuppressWarnings("unchecked")
    public List<Integer> getIntList(String key) {
        return (List<Integer>) get(key);
    }

    /** Every value, by key, in declaration order. */
    public Map<String, Object> values() {
        return values;
    }

    /** The keys whose values differ from {@code other}'s (same specs assumed). */
    public List<String> changedFrom(Params other) {
        return values.keySet().stream().filter(k -> !values.get(k).equals(other.values.get(k))).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params p && p.values.equals(values) && p.specs.keySet().equals(specs.keySet());
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Params" + values;
    }
}
