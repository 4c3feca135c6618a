package org.gansim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gansim.app.plugins.TestPluginJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gansim plugins} in-process, on real jars written into a temporary plugin folder. */
class PluginsCommandTest {

    @TempDir
    Path temp;

    @Test
    void printsOneRowPerPluginOrFailedJarAndExitsZero() throws IOException {
        Path folder = temp.resolve("plugins");
        Path good = TestPluginJars.circle(folder, "circle.jar", "circle");
        Path broken = TestPluginJars.throwingVariant(folder, "broken.jar");
        Path corrupt = Files.write(folder.resolve("corrupt.jar"), new byte[] {'P', 'K', 0});

        RunCommandTest.Result result = RunCommandTest.gansim("plugins", "--plugin-dir", folder.toString());

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).matches("KIND +ID +NAME +VERSION +ORIGIN +STATUS +ERROR");
        assertThat(lines).anyMatch(l -> l.matches("target +ring8 +.* +built-in +loaded +-"));
        assertThat(lines).anyMatch(l -> l.matches("target +circle +Circle circle +1\\.0 +" + good + " +loaded +-"));
        assertThat(lines).anyMatch(l -> l.matches("variant +- +- +- +" + broken + " +FAILED +demo\\.Boom could not be"
                + " created: IllegalStateException: no weights file \\(at demo\\.Boom\\.<init>:\\d+\\)"));
        assertThat(lines).anyMatch(l -> l.matches("jar +- +corrupt\\.jar +- +" + corrupt + " +FAILED +is not a readable"
                + " jar file \\(ZipException: .*\\)"));
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ targets?, \\d+ variants? and \\d+ views? loaded; 2 failed\\.");
        // every column starts at the same place on every row
        int origin = lines.get(0).indexOf("ORIGIN");
        assertThat(lines.stream().filter(l -> l.contains(good.toString())))
                .allMatch(l -> l.indexOf(good.toString()) == origin);
    }

    @Test
    void readsTheUsersOwnPluginFolderWithoutAnyOption() throws IOException {
        String home = System.getProperty("user.home");
        try {
            System.setProperty("user.home", temp.toString());
            Path jar = TestPluginJars.circle(temp.resolve(".gansim").resolve("plugins"), "mine.jar", "mine");

            RunCommandTest.Result result = RunCommandTest.gansim("plugins");

            assertThat(result.status()).isZero();
            assertThat(result.out()).containsPattern("target +mine +Circle mine +1\\.0 +" + jar + " +loaded");
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void aPluginFolderThatDoesNotExistIsBadInput() {
        Path missing = temp.resolve("nowhere");

        RunCommandTest.Result result = RunCommandTest.gansim("plugins", "--plugin-dir", missing.toString());

        assertThat(result.status()).isEqualTo(CommandLineErrors.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("Plugin folder '" + missing + "' does not exist; --plugin-dir takes a folder"
                + " of plugin jars (or one jar)" + System.lineSeparator());
    }
}
