package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.ui.plugins.RobotClicks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order of start-up that lets the window appear sooner: the window is painted before the first
 * simulation is built (building it took a core while the window waited), and a window that is never
 * painted still starts its simulation a moment later.
 */
@NeedsADisplay
class WindowStartGuiTest {

    @TempDir
    Path userFolder;

    private PluginRegistry registry;
    private MainWindow window;


    @AfterEach
    void close() {
        if (window != null) {
            GuiActionRunner.execute(() -> window.dispose());
        }
        if (registry != null) {
            registry.close();
        }
    }

    private MainWindow build() {
        registry = PluginRegistry.load(List.of());
        return GuiActionRunner.execute(() -> {
            GanSimApp.installLookAndFeel();
            MainWindow built = new MainWindow(new PluginManager(registry, userFolder), new AppPreferences(
                    Preferences.userRoot().node("gansim-tests/" + java.util.UUID.randomUUID())));
            built.pack();
            return built;
        });
    }

    @Test
    void theSimulationStartsAfterTheWindowIsPainted() {
        window = build();
        assertNull(GuiActionRunner.execute(window::session), "no simulation before the window is on screen");
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        try {
            RobotClicks.showAtOrigin(robot, window);
            RobotClicks.waitUntil("the first state after the first paint", () -> GuiActionRunner.execute(
                    () -> window.session() != null && window.latestState() != null));
        } finally {
            robot.cleanUpWithoutDisposingWindows();
        }
    }

    @Test
    void aWindowNeverShownStillStartsItsSimulation() {
        window = build();
        long built = System.nanoTime();
        RobotClicks.waitUntil("a simulation without a paint", () -> GuiActionRunner.execute(window::session) != null);
        long waitedMillis = (System.nanoTime() - built) / 1_000_000;
        assertNotNull(GuiActionRunner.execute(window::session));
        assertTrue(waitedMillis >= MainWindow.START_AT_LATEST_MILLIS - 100, "started after " + waitedMillis + " ms");
        assertTrue(!GuiActionRunner.execute(window::isShowing));
    }
}
