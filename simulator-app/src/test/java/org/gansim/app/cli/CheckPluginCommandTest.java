package org.gansim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gansim.app.plugins.TestPluginJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gansim check-plugin} in-process, as a teacher grading a student's jar. */
class CheckPluginCommandTest {

    @TempDir
    Path temp;

    @Test
    void aJarWhosePluginsPassEveryCheckExitsZero() throws IOException {
        Path jar = TestPluginJars.circle(temp, "good.jar", "circle");

        RunCommandTest.Result result = RunCommandTest.gansim("check-plugin", jar.toString());

        assertThat(result.status()).as(result.out()).isZero();
        assertThat(result.out()).startsWith("Checking plugin jar " + jar + "\n\ntarget circle: all 14 checks passed\n")
                .contains("  PASS  samples are deterministic for a seed\n")
                .endsWith("1 plugin checked: 1 passed, 0 failed (0 of 14 checks failed).\nPASSED\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aJarWithAFailingPluginExitsOneAndSaysWhy() throws IOException {
        Path jar = TestPluginJars.throwingVariant(temp, "broken.jar");

        RunCommandTest.Result result = RunCommandTest.gansim("check-plugin", jar.toString());

        assertThat(result.status()).isEqualTo(CommandLineErrors.FAILED);
        assertThat(result.out()).matches(java.util.regex.Pattern.quote("Checking plugin jar " + jar + "\n\n"
                + "variant (not loaded): 1 of 1 checks failed\n"
                + "  FAIL  loads in the host: demo.Boom could not be created: IllegalStateException: no weights file")
                + " \\(at demo.Boom.<init>:\\d+\\)\n\n"
                + java.util.regex.Pattern.quote("1 plugin checked: 0 passed, 1 failed (1 of 1 checks failed).\nFAILED\n"));
    }

    @Test
    void aPathThatIsNotAFileIsBadInput() {
        RunCommandTest.Result missing = RunCommandTest.gansim("check-plugin", temp.resolve("homework.jar").toString());
        assertThat(missing.status()).isEqualTo(CommandLineErrors.BAD_INPUT);
        assertThat(missing.err()).isEqualTo("'" + temp.resolve("homework.jar") + "' does not exist; check-plugin takes"
                + " the path of one plugin jar, or --plugin-dir DIR to check every jar in a folder" + System.lineSeparator());

        RunCommandTest.Result folder = RunCommandTest.gansim("check-plugin", temp.toString());
        assertThat(folder.err()).startsWith("'" + temp + "' is a folder; ");

        RunCommandTest.Result none = RunCommandTest.gansim("check-plugin");
        assertThat(none.status()).isEqualTo(CommandLineErrors.BAD_INPUT);
        assertThat(none.err()).isEqualTo("Nothing to check: check-plugin takes the path of one plugin jar, or"
                + " --plugin-dir DIR to check every jar in a folder" + System.lineSeparator());
    }

    @Test
    void aFolderIsCheckedJarByJarEvenWhenTheJarsShareTheirIds() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("submissions"));
        Path alice = TestPluginJars.circle(folder, "alice.jar", "circle");
        Path bob = TestPluginJars.circle(folder, "bob.jar", "circle");
        Path carol = TestPluginJars.throwingVariant(folder, "carol.jar");
        Files.writeString(folder.resolve("notes.txt"), "not a jar");

        RunCommandTest.Result result = RunCommandTest.gansim("check-plugin", "--plugin-dir", folder.toString());

        assertThat(result.status()).as(result.out()).isEqualTo(CommandLineErrors.FAILED);
        String out = result.out();
        // Each jar is loaded on its own: bob's circle is checked although alice's has the same id.
        assertThat(out).startsWith("Checking plugin jar " + alice + "\n\ntarget circle: all 14 checks passed\n")
                .contains("\nChecking plugin jar " + bob + "\n\ntarget circle: all 14 checks passed\n")
                .contains("\nChecking plugin jar " + carol + "\n\nvariant (not loaded): 1 of 1 checks failed\n")
                .doesNotContain("notes.txt")
                .endsWith("\n3 jars checked: 2 passed, 1 failed (carol.jar).\nFAILED\n");
        assertThat(out.indexOf(alice.toString())).isLessThan(out.indexOf(bob.toString()));
        assertThat(out.indexOf(bob.toString())).isLessThan(out.indexOf(carol.toString()));

        Files.delete(carol);
        RunCommandTest.Result passing = RunCommandTest.gansim("check-plugin", "--plugin-dir", folder.toString());
        assertThat(passing.status()).as(passing.out()).isZero();
        assertThat(passing.out()).endsWith("\n2 jars checked: 2 passed, 0 failed.\nPASSED\n");
    }

    @Test
    void aPluginDirWithoutJarsIsBadInput() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        RunCommandTest.Result none = RunCommandTest.gansim("check-plugin", "--plugin-dir", empty.toString());
        assertThat(none.status()).isEqualTo(CommandLineErrors.BAD_INPUT);
        assertThat(none.err()).isEqualTo("--plugin-dir '" + empty + "' holds no .jar file; check-plugin takes the path"
                + " of one plugin jar, or --plugin-dir DIR to check every jar in a folder" + System.lineSeparator());

        RunCommandTest.Result missing = RunCommandTest.gansim("check-plugin", "--plugin-dir", temp.resolve("nope").toString());
        assertThat(missing.err()).startsWith("--plugin-dir '" + temp.resolve("nope") + "' does not exist; ");

        Path jar = TestPluginJars.circle(temp, "good.jar", "circle");
        RunCommandTest.Result both = RunCommandTest.gansim("check-plugin", jar.toString(), "--plugin-dir", empty.toString());
        assertThat(both.status()).isEqualTo(CommandLineErrors.BAD_INPUT);
        assertThat(both.err()).startsWith("Both a jar and --plugin-dir were given: ");
    }

    @Test
    void theHelpSaysAFolderCanBeChecked() {
        RunCommandTest.Result help = RunCommandTest.gansim("check-plugin", "--help");
        assertThat(help.out()).contains("--plugin-dir=DIR").contains("\nWith --plugin-dir DIR instead of PATH.jar");
    }
}
