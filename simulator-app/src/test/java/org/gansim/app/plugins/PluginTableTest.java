package org.gansim.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The headless plugin table lines its columns up and says what failed. */
class PluginTableTest {

    @Test
    void rowsLineUpUnderTheirHeadingsWithADashForUnknownValues() {
        List<PluginEntry> entries = List.of(
                new PluginEntry(PluginKind.TARGET, "ring8", "Ring of eight", "1.0", "built-in", PluginStatus.LOADED, ""),
                new PluginEntry(PluginKind.VARIANT, "", "", "", "/p/broken.jar", PluginStatus.FAILED,
                        "demo.Boom could not be created: IllegalStateException: boom"),
                new PluginEntry(PluginKind.JAR, "", "corrupt.jar", "", "/p/corrupt.jar", PluginStatus.FAILED,
                        "is not a readable jar file (ZipException: zip END header not found)"));

        assertThat(PluginTable.format(entries)).isEqualTo("""
                KIND     ID     NAME           VERSION  ORIGIN          STATUS  ERROR
                target   ring8  Ring of eight  1.0      built-in        loaded  -
                variant  -      -              -        /p/broken.jar   FAILED  demo.Boom could not be created: IllegalStateException: boom
                jar      -      corrupt.jar    -        /p/corrupt.jar  FAILED  is not a readable jar file (ZipException: zip END header not found)

                1 target, 0 variants and 0 views loaded; 2 failed.
                """);
    }

    @Test
    void theSummaryCountsLoadedPluginsByKind() {
        List<PluginEntry> entries = List.of(
                new PluginEntry(PluginKind.VIEW, "a", "a", "1", "built-in", PluginStatus.LOADED, ""),
                new PluginEntry(PluginKind.VIEW, "b", "b", "1", "built-in", PluginStatus.LOADED, ""),
                new PluginEntry(PluginKind.VARIANT, "c", "c", "1", "built-in", PluginStatus.LOADED, ""));
        assertThat(PluginTable.summary(entries)).isEqualTo("0 targets, 1 variant and 2 views loaded; none failed.");
    }
}
