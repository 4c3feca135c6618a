package org.gansim.app.ui;

import java.util.function.LongConsumer;
import javax.swing.JFormattedTextField;
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

    /** What a seed may be, said while the field holds something else. */
    static final String VALID_SEEDS = "A seed is a whole number from 0 to " + Long.MAX_VALUE
            + "; until the field holds one, the run keeps its seed.";

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
        JFormattedTextField field = ((JSpinner.DefaultEditor) getEditor()).getTextField();
        field.setToolTipText(tooltip);
        // A seed the field cannot take is marked as it is typed, and the tooltip says what is valid:
        // otherwise the field would only beep and put the old seed back.
        field.addPropertyChangeListener("editValid", e -> {
            boolean valid = field.isEditValid();
            field.putClientProperty("JComponent.outline", valid ? null : "error");
            field.setToolTipText(valid ? tooltip : VALID_SEEDS);
        });
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
