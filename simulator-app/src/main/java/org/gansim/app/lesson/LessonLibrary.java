package org.gansim.app.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gansim.app.experiment.BadExperimentException;

/**
 * Finds every lesson: the built-in ones, the {@code .json} files in {@code ~/.gansim/lessons}, and the
 * {@value #JAR_FOLDER} files inside plugin jars. A lesson that cannot be read is kept as an entry with
 * its one-sentence error, so the menu can list it while the others load.
 */
public final class LessonLibrary {

    /** The built-in lessons, in the order the menu shows them. */
    static final List<String> BUILT_IN = List.of("meet-the-gan", "nash-equilibrium-1d", "vanishing-gradients",
            "mode-collapse", "grid-collapse", "wgan-signal", "conditional-generation", "learning-rate");
    /** Where a plugin jar keeps lessons. */
    public static final String JAR_FOLDER = "gansim-lessons/";

    /**
     * A lesson found, or the reason it could not be read.
     *
     * @param source where it came from
     * @param lesson the lesson, or null when broken
     * @param error  one sentence, or null when it loaded
     */
    public record Entry(String source, Lesson lesson, String error) {
        public boolean broken() {
            return lesson == null;
        }
    }

    private LessonLibrary() {
    }

    /** The built-in lessons, then the user's folder, then the plugin jars'. */
    public static List<Entry> load(Path userLessons, List<Path> pluginFolders) {
        List<Entry> entries = new ArrayList<>(builtIn());
        if (Files.isDirectory(userLessons)) {
            try (Stream<Path> files = Files.list(userLessons)) {
                files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                        .forEach(f -> entries.add(readFile(f)));
            } catch (IOException e) {
                entries.add(new Entry(userLessons.toString(), null, "The lessons folder " + userLessons
                        + " cannot be read."));
            }
        }
        for (Path folder : pluginFolders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> jars = Files.list(folder)) {
                jars.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted()
                        .forEach(jar -> entries.addAll(fromJar(jar)));
            } catch (IOException e) {
                // a folder that vanished meanwhile holds no lessons
            }
        }
        return entries;
    }

    /** The lessons shipped with GanSim. */
    public static List<Entry> builtIn() {
        List<Entry> entries = new ArrayList<>();
        for (String name : BUILT_IN) {
            String resource = "/org/gansim/app/lessons/" + name + ".json";
            try (InputStream in = LessonLibrary.class.getResourceAsStream(resource)) {
                if (in == null) {
                    entries.add(new Entry(name, null, "The built-in lesson " + name + " is missing."));
                    continue;
                }
                entries.add(read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".json"));
            } catch (IOException e) {
                entries.add(new Entry(name, null, "The built-in lesson " + name + " cannot be read."));
            }
        }
        return entries;
    }

    static Entry readFile(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            return new Entry(file.toString(), null, file.getFileName() + " cannot be read as UTF-8 text.");
        }
    }

    private static List<Entry> fromJar(Path jar) {
        List<Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (e.getName().startsWith(JAR_FOLDER) && e.getName().endsWith(".json")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        entries.add(read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                                jar.getFileName() + "!" + e.getName()));
                    }
                }
            }
        } catch (IOException e) {
            // not a readable jar: the plugin manager reports it; it holds no lessons here
        }
        return entries;
    }

    private static Entry read(String text, String source) {
        try {
            return new Entry(source, LessonJson.read(text, source), null);
        } catch (BadExperimentException e) {
            return new Entry(source, null, e.getMessage());
        }
    }
}
