package org.gansim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import org.assertj.swing.edt.GuiActionRunner;
import org.gansim.app.ui.plugins.RobotClicks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lessons menu in the real window: a lesson opens its experiment with its steps beside the views,
 * a step's check is ticked once the run passes it, "Do it" applies a step's values, and a broken
 * lesson file in the user's folder is listed with its error.
 */
@NeedsADisplay
class LessonGuiTest {

    @TempDir
    Path home;

    private MainWindowUnderTest opened;


    @BeforeEach
    void openWindow() throws IOException {
        Path lessons = Files.createDirectories(home.resolve("lessons"));
        Files.writeString(lessons.resolve("broken.json"), "{\"format\": \"gansim-lesson\"");
        opened = MainWindowUnderTest.withBuiltIns(home.resolve("plugins"));
        // The lessons are read in the background while the window opens.
        RobotClicks.waitUntil("the lessons listed", () -> GuiActionRunner.execute(opened.mainWindow::lessonsListed));
    }

    @AfterEach
    void closeWindow() {
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    void aLessonOpensItsExperimentAndTicksAStepOnceItIsDone() throws IOException {
        RobotClicks.clickUntil(() -> opened.window.menuItem("lesson:meet-the-gan.json").click(), "the lesson opens",
                () -> opened.mainWindow.lessonPanel() != null && opened.state().settings().target().id()
                        .equals("gaussian-1d"));
        assertThat(GuiActionRunner.execute(opened.mainWindow::getTitle)).startsWith("GanSim \u2014 Meet the GAN \u2014");
        RobotClicks.waitUntil("only the lesson's views", () -> GuiActionRunner.execute(() -> opened.mainWindow.viewGrid()
                .containers().stream().map(SafeViewContainer::pluginId).toList())
                .equals(java.util.List.of("scatter", "loss-chart", "architecture")));
        JLabel check = opened.window.label("lessonCheck:0").target();
        assertThat(GuiActionRunner.execute(check::getText)).contains("\u2610 ten steps taken");
        for (int i = 0; i < 10; i++) {
            long before = opened.state().step();
            RobotClicks.clickUntil(() -> opened.window.button("stepButton").click(), "a step",
                    () -> opened.state().step() == before + 1);
        }
        RobotClicks.waitUntil("the first check ticked", () -> GuiActionRunner.execute(check::getText)
                .contains("\u2714 ten steps taken"));
        assertThat(GuiActionRunner.execute(() -> opened.mainWindow.lessonPanel().passed(1))).isFalse();

        opened.window.button("playButton").click();
        RobotClicks.waitUntil("trained a while", () -> opened.state().step() > 400);
        opened.window.button("playButton").click();
        screenshot("lesson-in-progress.png");
    }

    @Test
    void doItAppliesAStepsValues() {
        RobotClicks.clickUntil(() -> opened.window.menuItem("lesson:vanishing-gradients.json").click(),
                "the lesson opens", () -> opened.mainWindow.lessonPanel() != null
                        && "minimax".equals(opened.state().settings().all().values().get("variant.loss")));
        opened.window.button("lessonDo:1").click();
        RobotClicks.waitUntil("the loss switched", () -> "non-saturating".equals(
                opened.state().settings().all().values().get("variant.loss")));
        opened.window.button("lessonClose").click();
        RobotClicks.waitUntil("the panel closed", () -> GuiActionRunner.execute(opened.mainWindow::lessonPanel) == null);
    }

    @Test
    void theGridLessonOpensOnTheGridAndDoItSwitchesToPacganWithPacksOfFour() throws IOException {
        RobotClicks.clickUntil(() -> opened.window.menuItem("lesson:grid-collapse.json").click(), "the lesson opens",
                () -> opened.mainWindow.lessonPanel() != null && opened.state().settings().target().id().equals("grid25"));
        RobotClicks.waitUntil("the lesson's views", () -> GuiActionRunner.execute(() -> opened.mainWindow.viewGrid()
                .containers().stream().map(SafeViewContainer::pluginId).sorted().toList())
                .equals(List.of("metrics", "mode-occupancy", "scatter")));
        assertThat(opened.state().settings().all().values()).containsEntry("model.latent_dim", 64)
                .containsEntry("variant.lr_d", 0.003);
        opened.window.button("playButton").click();
        RobotClicks.waitUntil("trained a while", () -> opened.state().step() > 400);
        opened.window.button("playButton").click();
        screenshot("grid-lesson-vanilla.png");

        opened.window.button("lessonDo:1").click();
        RobotClicks.waitUntil("PacGAN with packs of four at the lesson's rates", () -> {
            var values = opened.state().settings().all().values();
            return "pacgan".equals(opened.state().settings().variant().id())
                    && Integer.valueOf(4).equals(values.get("variant.pack"))
                    && Double.valueOf(0.003).equals(values.get("variant.lr_g"))
                    && Double.valueOf(0).equals(values.get("variant.g_average"));
        });
    }

    @Test
    void aBrokenLessonIsListedWithItsError() {
        JMenuItem broken = opened.window.menuItem("lessonBroken:broken.json").target();
        assertThat(GuiActionRunner.execute(broken::isEnabled)).isFalse();
        String tooltip = GuiActionRunner.execute(() -> broken.getToolTipText());
        assertThat(tooltip).startsWith("broken.json is not valid JSON (line 1");
        assertThat(GuiActionRunner.execute(() -> opened.mainWindow.getJMenuBar().getMenu(5).getItemCount()))
                .isEqualTo(LessonLibraryAccess.builtInCount() + 1);
    }

    /** The window as the screen shows it, kept in target/screenshots for the record. */
    static void screenshot(String name) throws IOException {
        try {
            Rectangle screen = new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
            BufferedImage picture = new java.awt.Robot().createScreenCapture(screen);
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(picture, "png", folder.resolve(name).toFile());
        } catch (java.awt.AWTException e) {
            throw new IOException(e);
        }
    }
}
