package org.gansim.app.ui.plugins;

import java.util.function.BooleanSupplier;
import javax.swing.JFileChooser;
import javax.swing.MenuSelectionManager;
import org.assertj.swing.exception.ActionFailedException;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Pause;

/**
 * Robot input that is sure to arrive. Under Xvfb without a window manager, a window that has only
 * just appeared is now and then drawn somewhere other than where Java believes it is, so a robot
 * click aimed at it misses; doing it again once the expected effect has not come keeps the GUI tests
 * real (the robot still clicks and types) and steady. For modal dialogs the tests use keys, which
 * reach the focused window wherever it is drawn.
 */
public final class RobotClicks {

    private static final int ATTEMPTS = 3;
    private static final long WAIT_MILLIS = 8000;

    private RobotClicks() {
    }

    /**
     * Clicks (or types) until {@code effect} holds, at most three times. A click on a menu item whose
     * menu never opened counts as one of the three.
     *
     * @param click  one robot click or key press
     * @param what   the effect, for the failure message
     * @param effect checked on the Swing thread
     * @throws AssertionError when the effect never came
     */
    public static void clickUntil(Runnable click, String what, BooleanSupplier effect) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                click.run();
            } catch (ActionFailedException missed) {
                // A menu whose pop-up never opened: close whatever half-opened and try again.
                closeOpenMenus();
                continue;
            }
            if (cameWithin(WAIT_MILLIS, effect)) {
                return;
            }
        }
        saveScreen(what);
        throw new AssertionError("After " + ATTEMPTS + " clicks, still not: " + what + "; windows showing: "
                + GuiActionRunner.execute(RobotClicks::showingWindows));
    }

    /**
     * Presses a button of a dialog until {@code effect} holds: first with a mouse click, then, when
     * the click missed because the dialog is drawn somewhere other than where Java believes it is,
     * by giving the button the focus and pressing Space, which reaches it wherever it is drawn.
     *
     * @param button the button to press
     * @param what   the effect, for the failure message
     * @param effect checked on the Swing thread
     * @throws AssertionError when the effect never came
     */
    public static void press(org.assertj.swing.fixture.JButtonFixture button, String what, BooleanSupplier effect) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt == 0) {
                button.click();
            } else {
                GuiActionRunner.execute(() -> button.target().requestFocusInWindow());
                Pause.pause(200);
                button.robot().pressAndReleaseKeys(java.awt.event.KeyEvent.VK_SPACE);
            }
            if (cameWithin(WAIT_MILLIS, effect)) {
                return;
            }
        }
        saveScreen(what);
        throw new AssertionError("After " + ATTEMPTS + " presses, still not: " + what + "; windows showing: "
                + GuiActionRunner.execute(RobotClicks::showingWindows));
    }

    /** Whether {@code effect} (checked on the Swing thread) holds within {@code millis}. */
    private static boolean cameWithin(long millis, BooleanSupplier effect) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (GuiActionRunner.execute(effect::getAsBoolean)) {
                return true;
            }
            Pause.pause(100);
        }
        return false;
    }

    /**
     * Shows a window at the screen's origin and waits until it is on screen. Use this instead of
     * a fixture's {@code show()}, which moves the window to (100, 100) after packing it: without a
     * window manager, Xvfb then draws it there while Java goes on believing it sits at (0, 0), and
     * every robot click lands 100 pixels up and left of its aim. A window that is never moved is
     * where both believe it is.
     */
    public static void showAtOrigin(Robot robot, java.awt.Window window) {
        GuiActionRunner.execute(() -> {
            if (!window.isDisplayable()) {
                window.pack();
            }
            window.setLocation(0, 0);
            window.setVisible(true);
        });
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        while (!GuiActionRunner.execute(window::isShowing) && System.nanoTime() < deadline) {
            Pause.pause(50);
        }
        robot.waitForIdle();
    }

    /** Keeps a picture of the screen for whoever reads the failure, in target/gui-failures. */
    private static void saveScreen(String what) {
        try {
            java.awt.Rectangle screen = new java.awt.Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
            java.awt.image.BufferedImage picture = new java.awt.Robot().createScreenCapture(screen);
            java.nio.file.Path folder = java.nio.file.Path.of("target", "gui-failures");
            java.nio.file.Files.createDirectories(folder);
            javax.imageio.ImageIO.write(picture, "png",
                    folder.resolve(what.replaceAll("[^A-Za-z0-9]+", "-") + ".png").toFile());
        } catch (Exception | Error ignored) {
            // the picture is a courtesy; the assertion below says what went wrong
        }
    }

    private static void closeOpenMenus() {
        GuiActionRunner.execute(() -> MenuSelectionManager.defaultManager().clearSelectedPath());
        Pause.pause(200);
    }

    private static String showingWindows() {
        StringBuilder text = new StringBuilder();
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            if (w.isShowing()) {
                text.append('[').append(w.getClass().getSimpleName()).append(' ').append(w.getName())
                        .append(w instanceof java.awt.Dialog d ? " '" + d.getTitle() + "' modal=" + d.isModal() : "")
                        .append(" at ").append(w.getBounds()).append(" focused=").append(w.isFocused()).append(']');
            }
        }
        return text.toString();
    }

    /** Waits up to 30 seconds for {@code condition}, checked now and then on the test's thread. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        Pause.pause(new org.assertj.swing.timing.Condition(what) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }
        }, org.assertj.swing.timing.Timeout.timeout(30_000));
    }

    /** Whether a file chooser with this name is showing. */
    public static boolean chooserShowing(Robot robot, String name) {
        return !robot.finder().findAll(c -> c instanceof JFileChooser && name.equals(c.getName()) && c.isShowing())
                .isEmpty();
    }
}
