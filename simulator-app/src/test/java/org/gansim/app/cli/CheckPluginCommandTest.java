package org.gansim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
                + " the path of one plugin jar" + System.lineSeparator());

        RunCommandTest.Result folder = RunCommandTest.gansim("check-plugin", temp.toString());
        assertThat(folder.err()).startsWith("'" + temp + "' is a folder; ");

        RunCommandTest.Result none = RunCommandTest.gansim("check-plugin");
        assertThat(none.status()).isEqualTo(CommandLineErrors.BAD_INPUT);
        assertThat(none.err()).isEqualTo("Missing required parameter: 'PATH.jar'" + System.lineSeparator());
    }
}
