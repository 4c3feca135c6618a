package org.gansim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.finder.WindowFinder;
import org.gansim.app.ui.plugins.RobotClicks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provoked alert in the real window: with D's learning rate at 0.01, five D steps per G step and a
 * nearly frozen G, playing the ring of Gaussians raises "D overpowering G" on the banner above the views and in
 * the status line, and its button opens Help → Concepts at that concept.
 */
@NeedsADisplay
class AlertBannerGuiTest {

    @TempDir
    Path home;

    private MainWindowUnderTest opened;


    @BeforeEach
    void openWindow() throws IOException {
        opened = MainWindowUnderTest.withBuiltIns(home.resolve("plugins"));
    }

    @AfterEach
    void closeWindow() {
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    void anOverpoweringDiscriminatorShowsItsAlertAndLinksToTheConcept() throws IOException {
        opened.chooseTarget("ring8");
        opened.mainWindow.session().setParam("variant.lr_d", 0.01);
        opened.mainWindow.session().setParam("variant.lr_g", 1e-5);
        opened.mainWindow.session().setParam("train.d_steps", 5);
        opened.window.button("resetButton").click();
        RobotClicks.waitUntil("the new settings in force", () -> !opened.state().resetNeeded()
                && opened.state().settings().discriminatorSteps() == 5);
        opened.window.button("playButton").click();
        RobotClicks.waitUntil("the alert on the banner", () -> GuiActionRunner.execute(
                () -> opened.robot.finder().findAll(c -> "alert:D_OVERPOWERING".equals(c.getName())))
                .stream().anyMatch(java.awt.Component::isShowing));
        opened.window.button("playButton").click();

        JLabel alert = opened.window.label("alert:D_OVERPOWERING").target();
        assertThat(GuiActionRunner.execute(alert::getText)).startsWith("\u26a0 D overpowering G: D is right ")
                .contains("G's gradient fades");
        assertThat(GuiActionRunner.execute(() -> opened.window.label("statusLabel").target().getText()))
                .contains("D overpowering G");
        LessonGuiTest.screenshot("alert-d-overpowering.png");

        opened.window.button("alertConcept:D_OVERPOWERING").click();
        DialogFixture concepts = WindowFinder.findDialog(javax.swing.JDialog.class).withTimeout(5000)
                .using(opened.robot);
        javax.swing.text.JTextComponent text = concepts.textBox("conceptsText").target();
        String shown = GuiActionRunner.execute(() -> text.getText().substring(text.getCaretPosition()));
        assertThat(shown).startsWith("D overpowering G");
        concepts.close();
    }
}
