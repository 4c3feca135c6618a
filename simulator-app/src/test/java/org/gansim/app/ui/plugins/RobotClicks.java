package org.gansim.app.ui.plugins;

import java.util.function.BooleanSupplier;
import javax.swing.JFileChooser;
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
     * Clicks (or types) until {@code effect} holds, at most three times.
     *
     * @param click  one robot click or key press
     * @param what   the effect, for the failure message
     * @param effect checked on the Swing thread
     * @throws AssertionError when the effect never came
     */
    public static void clickUntil(Runnable click, String what, BooleanSupplier effect) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            click.run();
            long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
            while (System.nanoTime() < deadline) {
                if (GuiActionRunner.execute(effect::getAsBoolean)) {
                    return;
                }
                Pause.pause(100);
            }
        }
        throw new AssertionError("After " + ATTEMPTS + " clicks, still not: " + what + "; windows showing: "
                + GuiActionRunner.execute(RobotClicks::showingWindows));
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

    /** Whether a file chooser with this name is showing. */
    public static boolean chooserShowing(Robot robot, String name) {
        return !robot.finder().findAll(c -> c instanceof JFileChooser && name.equals(c.getName()) && c.isShowing())
                .isEmpty();
    }
}
