package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.gansim.api.Batch;
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
@NeedsADisplay
class SlowMotionGuiTest {

    private static final Batch PROBE = Batch.of(2, new double[] {0, 0, 1, 0});

    @TempDir
    Path userFolder;

    private MainWindowUnderTest opened;

    @BeforeAll
    static void failOnPaintingOffTheSwingThread() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterAll
    static void leaveSwingAsFound() {
        FailOnThreadViolationRepaintManager.uninstall();
    }

    @BeforeEach
    void open() {
        opened = MainWindowUnderTest.withBuiltIns(userFolder);
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

    @Test
    void theDiagramHighlightsThePlayerOfTheStageOnScreen() throws Exception {
        RobotClicks.clickUntil(() -> opened.window.menuItem("view:architecture").click(), "the diagram is open",
                () -> GuiActionRunner.execute(() -> find(opened.mainWindow, "architectureDiagram") != null));
        opened.robot.waitForIdle();
        int before = highlightPixels(screen("slow-motion-before.png"));
        opened.window.button("slowMotionButton").click();
        DialogFixture dialog = opened.window.dialog("slowMotionDialog");
        opened.robot.waitForIdle();
        int duringD = highlightPixels(screen("slow-motion-d-turn.png"));
        for (int i = 0; i < 6; i++) {
            dialog.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        }
        dialog.label("slowMotionTitle").requireText("D's update");
        opened.robot.waitForIdle();
        screen("slow-motion-d-update.png");
        for (int i = 0; i < 6; i++) {
            dialog.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        }
        dialog.label("slowMotionTitle").requireText("G's update");
        RobotClicks.waitUntil("one generator step", () -> opened.state().step() == 1);
        opened.robot.waitForIdle();
        screen("slow-motion-g-update.png");
        dialog.pressAndReleaseKeys(KeyEvent.VK_LEFT, KeyEvent.VK_LEFT);
        dialog.label("slowMotionTitle").requireText("G's loss");
        opened.robot.waitForIdle();
        screen("slow-motion-g-loss-replayed.png");
        dialog.close();
        opened.robot.waitForIdle();
        int after = highlightPixels(screen("slow-motion-closed.png"));
        org.junit.jupiter.api.Assertions.assertTrue(duringD > before + 100,
                "the diagram outlines D during D's turn: " + before + " -> " + duringD);
        org.junit.jupiter.api.Assertions.assertTrue(after < duringD - 100,
                "the outline goes when the walk is closed: " + duringD + " -> " + after);
    }

    private static java.awt.Component find(java.awt.Container root, String name) {
        for (java.awt.Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container inner) {
                java.awt.Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The whole Xvfb screen, also written to target/screenshots to look at. */
    private static java.awt.image.BufferedImage screen(String name) throws Exception {
        Thread.sleep(300); // let the repaint after the last event reach the screen
        java.awt.Rectangle all = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        java.awt.image.BufferedImage image = new java.awt.Robot().createScreenCapture(all);
        Path folder = java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(image, "png", folder.resolve(name).toFile());
        return image;
    }

    /** Pixels in the diagram's highlight colour (#D55E00). */
    private static int highlightPixels(java.awt.image.BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                n += Math.abs(r - 0xD5) + Math.abs(g - 0x5E) + b < 40 ? 1 : 0;
            }
        }
        return n;
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "");
    }
}
