package org.gansim.app.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.session.SessionState;
import org.gansim.app.ui.plugins.RobotClicks;

/**
 * The real main window opened under a robot of its own, the same way in every window test: the
 * app's look and feel, packed, shown where Xvfb draws it ({@link RobotClicks#showAtOrigin}), and
 * menus chosen with retried robot clicks. {@link #close()} disposes the window, releases the robot
 * and closes the plugin manager's current registry (its jars).
 */
final class MainWindowUnderTest implements AutoCloseable {

    final Robot robot;
    final MainWindow mainWindow;
    final FrameFixture window;
    private final PluginManager plugins;

    MainWindowUnderTest(PluginManager plugins) {
        this.plugins = plugins;
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().timeoutToFindPopup(5000); // a missed menu click is retried, not waited out
        mainWindow = GuiActionRunner.execute(() -> {
            GanSimApp.installLookAndFeel();
            MainWindow w = new MainWindow(plugins, new AppPreferences(
                    java.util.prefs.Preferences.userRoot().node("gansim-tests/" + java.util.UUID.randomUUID())));
            w.pack();
            return w;
        });
        window = new FrameFixture(robot, mainWindow);
        RobotClicks.showAtOrigin(robot, mainWindow);
    }

    /**
     * The window with the built-in plugins only, user plugins read from {@code userFolder} (made if
     * missing), once it shows its first simulation state.
     */
    static MainWindowUnderTest withBuiltIns(java.nio.file.Path userFolder) {
        try {
            MainWindowUnderTest opened = new MainWindowUnderTest(new PluginManager(
                    org.gansim.app.plugins.PluginRegistry.load(java.util.List.of()),
                    java.nio.file.Files.createDirectories(userFolder)));
            RobotClicks.waitUntil("the first state", () -> opened.state() != null && opened.state().snapshot().isPresent());
            return opened;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The newest state the window has shown, read on the Swing thread; null before the first. */
    SessionState state() {
        return GuiActionRunner.execute(mainWindow::latestState);
    }

    /** Target → {@code id} with the robot, until the simulation runs that target. */
    void chooseTarget(String id) {
        RobotClicks.clickUntil(() -> window.menuItem("target:" + id).click(), "the target is " + id,
                () -> mainWindow.latestState() != null && mainWindow.latestState().settings().target().id().equals(id));
    }

    /** Variant → {@code id} with the robot, until the simulation runs that variant. */
    void chooseVariant(String id) {
        RobotClicks.clickUntil(() -> window.menuItem("variant:" + id).click(), "the variant is " + id,
                () -> mainWindow.latestState() != null && mainWindow.latestState().settings().variant().id().equals(id));
    }

    @Override
    public void close() {
        window.cleanUp();
        plugins.registry().close();
    }
}
