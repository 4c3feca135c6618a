package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.gansim.api.Batch;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.SessionState;
import org.gansim.app.session.SlowMotionTour;
import org.gansim.app.ui.plugins.RobotClicks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow motion in the real window: the keys move through the stages, reaching D's update moves D
 * without counting a step, reaching G's update counts one, and going back trains nothing.
 */
class SlowMotionGuiTest {

    private static final Batch PROBE = Batch.of(2, new double[] {0, 0, 1, 0});

    @TempDir
    Path userFolder;

    private MainWindowUnderTest opened;

    @BeforeAll
    static void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "the window tests need a display (CI runs them under Xvfb)");
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterAll
    static void leaveSwingAsFound() {
        FailOnThreadViolationRepaintManager.uninstall();
    }

    @BeforeEach
    void open() {
        opened = new MainWindowUnderTest(new PluginManager(PluginRegistry.load(List.of()), userFolder));
        RobotClicks.waitUntil("the first state", () -> opened.state() != null && opened.state().snapshot().isPresent());
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    void theKeysWalkThroughTheStagesAndTheUpdateStagesReallyTrain() {
        SessionState start = opened.state();
        double[] dBefore = start.snapshot().get().gan().discriminate(PROBE);
        opened.window.button("slowMotionButton").click();
        DialogFixture dialog = opened.window.dialog("slowMotionDialog");
        dialog.label("slowMotionTitle").requireText("Sample real x");

        dialog.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        dialog.label("slowMotionTitle").requireText("Sample z");
        dialog.pressAndReleaseKeys(KeyEvent.VK_LEFT);
        dialog.label("slowMotionTitle").requireText("Sample real x");
        assertEquals(SlowMotionTour.REPLAY_NOTE, plain(dialog.label("slowMotionNote").text()));

        for (int i = 0; i < 6; i++) { // onto D's update, with both forward keys
            dialog.pressAndReleaseKeys(i % 2 == 0 ? KeyEvent.VK_RIGHT : KeyEvent.VK_PERIOD);
        }
        dialog.label("slowMotionTitle").requireText("D's update");
        RobotClicks.waitUntil("D has moved", () -> !Arrays.equals(dBefore,
                opened.state().snapshot().get().gan().discriminate(PROBE)));
        assertEquals(start.step(), opened.state().step(), "D's update is not a generator step");

        dialog.pressAndReleaseKeys(KeyEvent.VK_COMMA); // back: replays the words only
        dialog.label("slowMotionTitle").requireText("D's gradients");
        double[] dAfterUpdate = opened.state().snapshot().get().gan().discriminate(PROBE);
        dialog.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        dialog.label("slowMotionTitle").requireText("D's update");

        for (int i = 0; i < 6; i++) { // onto G's update
            dialog.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        }
        dialog.label("slowMotionTitle").requireText("G's update");
        RobotClicks.waitUntil("one generator step", () -> opened.state().step() == start.step() + 1);
        opened.window.label("stepCounter").requireText("Step " + (start.step() + 1));
        assertEquals(Arrays.toString(dAfterUpdate),
                Arrays.toString(opened.state().snapshot().get().gan().discriminate(PROBE)),
                "revisiting D's update did not train D a second time");
        assertNotEquals(Arrays.toString(dBefore), Arrays.toString(dAfterUpdate));
        dialog.close();
        GuiActionRunner.execute(() -> null); // let the close event run
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "");
    }
}
