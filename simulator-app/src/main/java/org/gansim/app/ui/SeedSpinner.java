package org.gansim.app.ui;

import java.util.function.LongConsumer;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * The seed field of a control bar: a whole number from 0 up, typed or stepped with the arrows. The
 * main window's bar and the compare window's bar use the same one, so a seed is read the same way
 * everywhere.
 *
 * <p>Swing thread only.
 */
final class SeedSpinner extends JSpinner {

    private boolean showing;

    /**
     * @param name    the component's name, for tests and screen readers
     * @param tooltip what the seed drives here
     * @param onSeed  told of every seed the user chooses (not of those shown with {@link #showSeed})
     */
    SeedSpinner(String name, String tooltip, LongConsumer onSeed) {
        super(new SpinnerNumberModel(Long.valueOf(1), Long.valueOf(0), Long.valueOf(Long.MAX_VALUE), Long.valueOf(1)));
        setName(name);
        setToolTipText(tooltip);
        setEditor(new JSpinner.NumberEditor(this, "0"));
        addChangeListener(e -> {
            if (!showing) {
                onSeed.accept(seed());
            }
        });
    }

    /** The seed shown. */
    long seed() {
        return ((Number) getValue()).longValue();
    }

    /** Shows the seed a run uses, without taking it for a choice of the user's. */
    void showSeed(long seed) {
        if (seed() != seed) {
            showing = true;
            setValue(seed);
            showing = false;
        }
    }
}
