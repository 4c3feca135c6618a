package org.gansim.app.ui;

import java.util.function.DoubleConsumer;
import javax.swing.JComboBox;

/**
 * The speed limit choice of a control bar: full speed, or a few steps per second so a class can
 * watch each step. The main window and the compare window offer the same choices, and their Speed
 * menus choose by the same places.
 *
 * <p>Swing thread only.
 */
final class SpeedLimitBox extends JComboBox<String> {

    /** The speed limits offered, in steps per second (0: as fast as possible), and their names. */
    private static final double[] LIMITS = {0, 200, 50, 10, 2};
    private static final String[] NAMES = {"Full speed", "200 steps/s", "50 steps/s", "10 steps/s", "2 steps/s"};

    /**
     * @param name    the component's name, for tests and screen readers
     * @param tooltip what the limit slows down here
     * @param onLimit told of the limit chosen, in steps per second, 0 for none
     */
    SpeedLimitBox(String name, String tooltip, DoubleConsumer onLimit) {
        super(NAMES);
        setName(name);
        setToolTipText(tooltip);
        addActionListener(e -> onLimit.accept(LIMITS[getSelectedIndex()]));
    }

    /** The choices' names, in order, for a Speed menu. */
    static String[] names() {
        return NAMES.clone();
    }

    /** The place of {@code stepsPerSecond} among the choices; full speed when it is none of them. */
    static int indexOf(double stepsPerSecond) {
        for (int i = 0; i < LIMITS.length; i++) {
            if (LIMITS[i] == stepsPerSecond) {
                return i;
            }
        }
        return 0;
    }
}
