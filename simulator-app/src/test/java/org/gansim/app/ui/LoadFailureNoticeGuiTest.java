package org.gansim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.GuiActionRunner;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.plugins.TestPluginJars;
import org.gansim.app.ui.plugins.PluginManagerDialog;
import org.gansim.app.ui.plugins.RobotClicks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real main window tells of a plugin jar that failed to load, and its button opens the plugin
 * table; with every plugin loaded, the notice stays hidden.
 */
@NeedsADisplay
class LoadFailureNoticeGuiTest {

    @TempDir
    Path temp;

    private MainWindowUnderTest opened;


    @AfterEach
    void closeWindow() {
        if (opened != null) {
            opened.close();
        }
    }

    private void open(Path folder) {
        opened = new MainWindowUnderTest(new PluginManager(PluginRegistry.load(List.of(folder)), folder));
        opened.window.moveToFront();
        opened.robot.waitForIdle();
    }

    @Test
    void aJarThatFailedToLoadIsNamedAndTheButtonOpensThePluginTable() throws IOException {
        Path folder = temp.resolve("plugins");
        TestPluginJars.circle(folder, "circle.jar", "circle");
        TestPluginJars.throwingVariant(folder, "alice.jar");
        open(folder);

        opened.window.panel("loadFailureNotice").requireVisible();
        assertThat(opened.window.label("loadFailureText").text())
                .isEqualTo("\u26a0 1 plugin failed to load (from alice.jar); the plugin table says why.");
        screenshot("load-failure-notice.png");

        RobotClicks.clickUntil(() -> opened.window.button("loadFailureManageButton").click(), "the plugin table opens",
                () -> GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                        .anyMatch(w -> w instanceof PluginManagerDialog && w.isShowing())));
    }

    @Test
    void aViewSwitchedOffAfterFreezingTheWindowIsToldApartFromAFailedJar() throws IOException {
        Path folder = temp.resolve("plugins");
        TestPluginJars.circle(folder, "circle.jar", "circle");
        TestPluginJars.throwingVariant(folder, "alice.jar");
        org.gansim.fakes.FakePluginJar.writeWithOnly(folder.resolve("hanging.jar"), org.gansim.api.Visualization.class,
                org.gansim.fakes.HangingPaintVisualization.class);
        opened = new MainWindowUnderTest(new PluginManager(PluginRegistry.load(List.of(folder))
                .withViewsSwitchedOff(java.util.Set.of("hanging-paint"), id -> "did not finish painting within 10 s"),
                folder));

        assertThat(opened.window.label("loadFailureText").text()).isEqualTo("\u26a0 1 plugin failed to load and 1"
                + " view was switched off after freezing the window (from alice.jar, hanging.jar); the plugin table"
                + " says why.");
    }

    @Test
    void withEveryPluginLoadedThereIsNoNotice() throws IOException {
        Path folder = temp.resolve("plugins");
        TestPluginJars.circle(folder, "circle.jar", "circle");
        open(folder);

        javax.swing.JPanel notice = opened.robot.finder().findByName(opened.mainWindow, "loadFailureNotice",
                javax.swing.JPanel.class, false);
        assertThat(GuiActionRunner.execute(notice::isVisible)).isFalse();
    }

    private void screenshot(String name) throws IOException {
        BufferedImage image = GuiActionRunner.execute(() -> {
            MainWindow window = opened.mainWindow;
            BufferedImage canvas = new BufferedImage(window.getWidth(), window.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = canvas.createGraphics();
            window.paintAll(g);
            g.dispose();
            return canvas;
        });
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(image, "png", folder.resolve(name).toFile());
        assertThat(image.getWidth()).isGreaterThan(0);
    }
}
