package org.gansim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.gansim.api.GanVariant;
import org.gansim.app.plugins.PluginJar;
import org.gansim.app.plugins.TestPluginJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --plugin-dir} says which plugins failed to load, and why an id asked for is missing. */
class PluginLoadFailuresCommandTest {

    @TempDir
    Path temp;

    @Test
    void everyFailedPluginIsALineAndAnUnreadIdNamesWhatFailed() throws IOException {
        Path folder = temp.resolve("plugins");
        TestPluginJars.throwingVariant(folder, "alice.jar");

        RunCommandTest.Result result = RunCommandTest.gansim("run", "--plugin-dir", folder.toString(), "--target",
                "ring8", "--variant", "boom", "--steps", "1", "--seed", "1", "--samples", "1", "--samples-out", temp.resolve("s.csv").toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(2);
        assertThat(result.errLines().get(0)).matches("Plugin not loaded from alice.jar: variant: demo.Boom could not"
                + " be created: IllegalStateException: no weights file \\(at demo.Boom.<init>:\\d+\\)");
        assertThat(result.errLines().get(1)).startsWith("Unknown variant 'boom'; valid variants: ")
                .contains("; it may be one of the plugins that failed to load: alice.jar: demo.Boom could not be"
                        + " created: IllegalStateException: no weights file");
    }

    @Test
    void anIdThatFailedToLoadSaysWhy() throws IOException {
        Path folder = temp.resolve("plugins");
        new PluginJar("bob.jar")
                .source("demo.Future", """
                        package demo;
                        public class Future implements GanVariant {
                            public String id() { return "hw3-hinge"; }
                            public int apiVersion() { return 99; }
                            public Gan create(GanSetup setup) { throw new UnsupportedOperationException(); }
                        }
                        """)
                .service(GanVariant.class, "demo.Future")
                .writeTo(folder);

        RunCommandTest.Result result = RunCommandTest.gansim("run", "--plugin-dir", folder.toString(), "--target",
                "ring8", "--variant", "hw3-hinge", "--steps", "1", "--seed", "1", "--samples", "1", "--samples-out", temp.resolve("s.csv").toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(2);
        assertThat(result.errLines().get(0)).startsWith("Plugin not loaded from bob.jar: variant 'hw3-hinge': ");
        assertThat(result.errLines().get(1)).startsWith("Variant 'hw3-hinge' is in bob.jar but failed to load: ");
    }

    @Test
    void runTrainsOneStudentsTargetFromAClassFolder() throws IOException {
        Path root = temp.resolve("class");
        TestPluginJars.circle(root, "alice.jar", "hw-circle", "1.0", 1);
        TestPluginJars.circle(root, "bob.jar", "hw-circle", "1.0", 2);

        RunCommandTest.Result result = RunCommandTest.gansim("run", "--submissions", root.toString(), "--target",
                "bob/hw-circle", "--variant", "vanilla", "--steps", "2", "--seed", "1", "--samples", "1",
                "--samples-out", temp.resolve("s.csv").toString());

        assertThat(result.status()).isEqualTo(0);
        assertThat(result.errLines()).noneMatch(line -> line.startsWith("Plugin not loaded"));
    }

    @Test
    void aMissingSubmissionsFolderIsOneSentence() {
        RunCommandTest.Result result = RunCommandTest.gansim("run", "--submissions", temp.resolve("nowhere").toString(),
                "--target", "ring8", "--variant", "vanilla", "--steps", "1", "--seed", "1", "--samples", "1",
                "--samples-out", temp.resolve("s.csv").toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("Submissions folder '")
                .endsWith("is not a folder; --submissions takes a folder with one sub-folder or jar per student");
    }
}
