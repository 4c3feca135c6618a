package org.gansim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JOptionPane;
import javax.swing.JTable;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.plugins.TestPluginJars;
import org.gansim.app.session.SessionState;
import org.gansim.app.ui.plugins.RobotClicks;
import org.gansim.fakes.FakePluginJar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real main window with its plugin menus, under a display: a jar added with File → Add plugin
 * jar…, a jar replaced and reloaded with Plugins → Manage… while a simulation runs, and a class's
 * submissions (which share ids) opened with Plugins → Open class submissions….
 */
@NeedsADisplay
class PluginReloadGuiTest {

    @TempDir
    Path temp;

    private Path userFolder;
    private PluginManager manager;
    private MainWindowUnderTest opened;


    @BeforeEach
    void openWindow() throws IOException {
        userFolder = Files.createDirectories(temp.resolve("user-plugins"));
        FakePluginJar.writeTo(userFolder);
        manager = new PluginManager(PluginRegistry.load(List.of(userFolder)), userFolder);
        opened = new MainWindowUnderTest(manager);
        opened.window.moveToFront();
        opened.robot.waitForIdle();
    }

    @AfterEach
    void closeWindow() {
        if (opened != null) {
            opened.close();
        }
    }

    private SessionState state() {
        return opened.state();
    }

    private long steps() {
        return Long.parseLong(opened.window.label("stepCounter").text().replace("Step ", ""));
    }

    private void choose(String target, String variant) {
        opened.chooseTarget(target);
        opened.chooseVariant(variant);
    }

    private void step(long expected) {
        RobotClicks.clickUntil(() -> opened.window.button("stepButton").click(), "step " + expected, () -> steps() == expected);
    }

    @Test
    void aJarAddedWhileTrainingAppearsInTheMenusAndTrainingGoesOn() throws IOException {
        choose("ring8", "drift");
        step(1);
        step(2);
        Path downloads = temp.resolve("downloads");
        Path jar = TestPluginJars.circle(downloads, "homework.jar", "homework");

        RobotClicks.clickUntil(() -> opened.window.menuItem("addPluginJarItem").click(), "the file chooser shows",
                () -> RobotClicks.chooserShowing(opened.robot, "pluginJarChooser"));
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("pluginJarChooser").withTimeout(20_000)
                .using(opened.robot);
        chooser.setCurrentDirectory(downloads.toFile());
        chooseFile(chooser, jar);
        JOptionPaneFixture message = JOptionPaneFinder.findOptionPane(new GenericTypeMatcher<>(JOptionPane.class) {
            @Override
            protected boolean isMatching(JOptionPane pane) {
                return String.valueOf(pane.getMessage()).startsWith("Added homework.jar");
            }
        }).withTimeout(20_000).using(opened.robot);
        message.requireMessage("Added homework.jar to " + userFolder + ".\nNow available: target homework.");
        // Enter presses the message's OK button: keys reach the focused dialog wherever it is drawn
        RobotClicks.clickUntil(() -> opened.robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER), "the message closed",
                () -> !message.target().isShowing());

        RobotClicks.waitUntil("the new target is in the menu", () -> !opened.robot.finder().findAll(
                c -> "target:homework".equals(c.getName())).isEmpty());
        // the running simulation was not disturbed
        assertThat(state().settings().target().id()).isEqualTo("ring8");
        step(3);

        choose("homework", "drift");
        step(1);
        opened.window.menuItem("fileMenu").click();
        screenshot("main-window-file-menu.png");
        opened.robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ESCAPE);
        opened.window.menuItem("pluginsMenu").click();
        screenshot("main-window-plugins-menu.png");
        opened.robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ESCAPE);
    }

    @Test
    void aClassesSubmissionsSitSideBySideInTheMenus() throws IOException {
        Path root = temp.resolve("class");
        TestPluginJars.circle(root, "alice.jar", "hw-circle", "1.0", 1);
        TestPluginJars.circle(root.resolve("bob"), "hw.jar", "hw-circle", "1.0", 2);

        RobotClicks.clickUntil(() -> opened.window.menuItem("openSubmissionsItem").click(), "the chooser shows",
                () -> RobotClicks.chooserShowing(opened.robot, "submissionsChooser"));
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("submissionsChooser").withTimeout(20_000)
                .using(opened.robot);
        chooser.setCurrentDirectory(temp.toFile());
        chooser.fileNameTextBox().setText(root.toString());
        RobotClicks.clickUntil(() -> chooser.approve(), "the chooser closed",
                () -> !RobotClicks.chooserShowing(opened.robot, "submissionsChooser"));
        JOptionPaneFixture message = JOptionPaneFinder.findOptionPane(new GenericTypeMatcher<>(JOptionPane.class) {
            @Override
            protected boolean isMatching(JOptionPane pane) {
                return String.valueOf(pane.getMessage()).startsWith("Now in the menus");
            }
        }).withTimeout(20_000).using(opened.robot);
        message.requireMessage("Now in the menus, by student:\n• alice: target alice/hw-circle\n"
                + "• bob: target bob/hw-circle");
        RobotClicks.clickUntil(() -> opened.robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER), "the message closed",
                () -> !message.target().isShowing());

        RobotClicks.waitUntil("both students' targets are in the menu", () -> !opened.robot.finder().findAll(
                c -> "target:bob/hw-circle".equals(c.getName())).isEmpty() && !opened.robot.finder().findAll(
                c -> "target:alice/hw-circle".equals(c.getName())).isEmpty());
        choose("bob/hw-circle", "drift");
        RobotClicks.waitUntil("bob's own radius", () -> state().settings().all().getDouble("target.radius") == 2.0);
        step(1);
        choose("alice/hw-circle", "drift");
        RobotClicks.waitUntil("alice's own radius", () -> state().settings().all().getDouble("target.radius") == 1.0);
        step(1);
        opened.window.menuItem("targetMenu").click();
        screenshot("main-window-submissions-target-menu.png");
        opened.robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ESCAPE);
    }

    /** The whole virtual screen, menus included, for a person to look at. */
    private void screenshot(String name) throws IOException {
        opened.robot.waitForIdle();
        java.awt.Rectangle screen = new java.awt.Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
        java.awt.image.BufferedImage image;
        try {
            image = new java.awt.Robot().createScreenCapture(screen);
        } catch (java.awt.AWTException e) {
            throw new IOException(e);
        }
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(image, "png", folder.resolve(name).toFile());
    }

    @Test
    void aReloadedPluginReplacesTheRunningOneOnlyAtReset() throws IOException {
        TestPluginJars.circle(userFolder, "circle.jar", "circle", "1.0", 1);
        GuiActionRunner.execute(() -> manager.reload());   // as if it had been there at start-up
        RobotClicks.waitUntil("the circle is offered", () -> !opened.robot.finder().findAll(
                c -> "target:circle".equals(c.getName())).isEmpty());
        choose("circle", "drift");
        opened.window.spinner("param:target.radius").enterTextAndCommit("2");
        RobotClicks.waitUntil("the radius is set", () -> state().settings().all().getDouble("target.radius") == 2.0);
        step(1);

        // the teacher fixes the plugin: version 2.0 of the same jar, reloaded from the manager
        TestPluginJars.circle(userFolder, "circle.jar", "circle", "2.0", 1);
        RobotClicks.clickUntil(() -> opened.window.menuItem("managePluginsItem").click(), "the plugin manager shows",
                () -> !opened.robot.finder().findAll(c -> PluginManagerDialogName.NAME.equals(c.getName()) && c.isShowing())
                        .isEmpty());
        DialogFixture dialog = WindowFinder.findDialog(PluginManagerDialogName.NAME).withTimeout(10_000).using(opened.robot);
        PluginRegistry before = manager.registry();
        RobotClicks.press(dialog.button("reloadPlugins"), "reloaded",
                () -> manager.registry() != before);
        RobotClicks.waitUntil("the table shows version 2.0", () -> GuiActionRunner.execute(() -> {
            JTable table = dialog.table("pluginTable").target();
            for (int r = 0; r < table.getRowCount(); r++) {
                if ("circle".equals(table.getValueAt(r, 1))) {
                    return "2.0".equals(table.getValueAt(r, 3));
                }
            }
            return false;
        }));
        RobotClicks.press(dialog.button("closePlugins"), "the plugin manager closed",
                () -> !dialog.target().isShowing());

        // still the old object, still training
        assertThat(state().settings().target().version()).isEqualTo("1.0");
        step(2);

        RobotClicks.clickUntil(() -> opened.window.button("resetButton").click(), "the reset took the new version",
                () -> state() != null && state().settings().target().version().equals("2.0") && steps() == 0);
        assertThat(state().settings().all().getDouble("target.radius")).isEqualTo(2.0);
        assertThat(state().settings().variant().id()).isEqualTo("drift");
        step(1);
    }

    /** The dialog's component name, kept in one place. */
    private static final class PluginManagerDialogName {
        static final String NAME = "pluginManagerDialog";
    }

    /** Types the jar's path into the file chooser and presses Enter. */
    private void chooseFile(JFileChooserFixture chooser, Path file) {
        chooser.fileNameTextBox().setText(file.toString());
        // Enter in the file name field approves, as a user typing a path would
        RobotClicks.clickUntil(() -> chooser.fileNameTextBox().pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER),
                "the file chooser closed", () -> !RobotClicks.chooserShowing(opened.robot, "pluginJarChooser"));
    }
}
