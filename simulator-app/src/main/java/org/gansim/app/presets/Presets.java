package org.gansim.app.presets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The presets shipped with GanSim, read from resource files next to this class: {@code index.txt} lists
 * their ids, one a line, and {@code <id>.properties} holds each one's {@code title}, {@code source},
 * {@code target}, {@code variant}, {@code steps} and {@code params} (assignments separated by spaces).
 * Stateless; any thread.
 */
public final class Presets {

    private Presets() {
    }

    /** Every shipped preset, in the order of the index. */
    public static List<Preset> all() {
        List<Preset> presets = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                presets.add(load(id));
            }
        }
        return List.copyOf(presets);
    }

    /** The preset with this id, if one is shipped. */
    public static Optional<Preset> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The ids of every shipped preset, for a message naming the valid ones. */
    public static List<String> ids() {
        return all().stream().map(Preset::id).toList();
    }

    private static Preset load(String id) {
        Properties values = new Properties();
        try (InputStream in = open(id + ".properties")) {
            values.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read preset " + id, e);
        }
        String params = values.getProperty("params", "").strip();
        return new Preset(id, required(values, id, "title"), required(values, id, "source"),
                required(values, id, "target"), required(values, id, "variant"),
                Integer.parseInt(required(values, id, "steps")),
                params.isEmpty() ? List.of() : Arrays.asList(params.split("\\s+")));
    }

    private static String required(Properties values, String id, String key) {
        String value = values.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Preset " + id + " has no " + key);
        }
        return value.strip();
    }

    private static String read(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the presets' " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Presets.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The presets' " + resource + " is missing from the build");
        }
        return in;
    }
}
