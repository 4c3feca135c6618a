package org.gansim.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lessons load from the user's folder and from plugin jars; a broken one is listed with its error. */
class LessonLibraryTest {

    @TempDir
    Path home;

    private static final String GOOD = """
            {"format": "gansim-lesson", "version": 1, "title": "Mine",
             "experiment": {"target": "ring8", "variant": "vanilla"},
             "steps": [{"text": "Press Play.", "train": 5, "check": {"metric": "step", "at_least": 5}}]}
            """;

    @Test
    void userAndJarLessonsLoadAndABrokenOneIsListedWithItsError() throws IOException {
        Path lessons = Files.createDirectories(home.resolve("lessons"));
        Files.writeString(lessons.resolve("a-good.json"), GOOD);
        Files.writeString(lessons.resolve("b-broken.json"), GOOD.replace("\"text\": \"Press Play.\", ", ""));
        Files.writeString(lessons.resolve("c-newer.json"), GOOD.replace("\"version\": 1", "\"version\": 4"));
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        try (OutputStream out = Files.newOutputStream(plugins.resolve("course.jar"));
             JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new ZipEntry(LessonLibrary.JAR_FOLDER + "week1.json"));
            jar.write(GOOD.replace("Mine", "Week 1").getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }

        List<LessonLibrary.Entry> entries = LessonLibrary.load(lessons, List.of(plugins));
        int builtIn = LessonLibrary.BUILT_IN.size();
        assertThat(entries).hasSize(builtIn + 4);
        List<LessonLibrary.Entry> mine = entries.subList(builtIn, entries.size());
        assertThat(mine.get(0).lesson().title()).isEqualTo("Mine");
        assertThat(mine.get(0).lesson().steps().get(0).check().orElseThrow().condition()).isEqualTo("step \u2265 5");
        assertThat(mine.get(1).broken()).isTrue();
        assertThat(mine.get(1).error()).isEqualTo("b-broken.json: $.steps[0].text is missing.");
        assertThat(mine.get(2).error()).isEqualTo("c-newer.json was written for a newer GanSim (lesson format"
                + " version 4 at $.version; this one reads up to 1).");
        assertThat(mine.get(3).source()).isEqualTo("course.jar!gansim-lessons/week1.json");
        assertThat(mine.get(3).lesson().title()).isEqualTo("Week 1");
    }

    @Test
    void aCheckNeedsABound() {
        var entry = LessonLibrary.readFile(write("x.json", GOOD.replace("\"at_least\": 5", "\"says\": \"\"")));
        assertThat(entry.error()).isEqualTo("x.json: $.steps[0].check needs at_least, at_most or both.");
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(home.resolve(name), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
