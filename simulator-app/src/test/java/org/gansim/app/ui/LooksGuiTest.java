package org.gansim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.assertj.swing.edt.GuiActionRunner;
import org.gansim.app.ui.plugins.RobotClicks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View → Dark theme and Projector mode switch the look at once and are remembered. */
@NeedsADisplay
class LooksGuiTest {

    @TempDir
    Path home;

    private MainWindowUnderTest opened;


    @AfterEach
    void closeWindow() {
        if (opened != null) {
            opened.close();
        }
        GuiActionRunner.execute(() -> Looks.apply(false, false)); // leave the next test class the light theme
    }

    @Test
    void darkThemeAndProjectorModeApplyAtOnceAndAreRemembered() throws IOException {
        // Start from the light look whatever a test before this one switched on: "large" is measured from here.
        GuiActionRunner.execute(() -> Looks.apply(false, false));
        opened = MainWindowUnderTest.withBuiltIns(home.resolve("plugins"));
        float before = GuiActionRunner.execute(() -> opened.window.button("playButton").target().getFont().getSize2D());

        RobotClicks.clickUntil(() -> opened.window.menuItem("darkThemeItem").click(), "the dark theme", Looks::dark);
        RobotClicks.clickUntil(() -> opened.window.menuItem("projectorItem").click(), "large fonts",
                () -> javax.swing.UIManager.getFont("defaultFont") != null
                        && javax.swing.UIManager.getFont("defaultFont").getSize2D() > before * 1.5f);
        opened.window.button("playButton").click();
        RobotClicks.waitUntil("trained a while", () -> opened.state().step() > 300);
        opened.window.button("playButton").click();
        LessonGuiTest.screenshot("dark-projector.png");

        Preferences node = Preferences.userRoot().node("gansim-tests/looks-" + System.nanoTime());
        AppPreferences preferences = new AppPreferences(node);
        preferences.setDark(true);
        preferences.setProjector(true);
        AppPreferences again = new AppPreferences(Preferences.userRoot().node(node.absolutePath()));
        assertThat(again.dark()).isTrue();
        assertThat(again.projector()).isTrue();
    }
}
