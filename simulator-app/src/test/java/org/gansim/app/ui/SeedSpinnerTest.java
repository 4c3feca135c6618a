package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JFormattedTextField;
import javax.swing.JSpinner;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * The seed field both control bars use: a seed typed is told once, a seed shown is not told back,
 * and text that is no seed is marked with a sentence saying what a seed is. Headless.
 */
class SeedSpinnerTest {

    private final List<Long> chosen = new ArrayList<>();

    @Test
    void aTypedSeedIsToldAndAShownSeedIsNot() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            SeedSpinner seed = new SeedSpinner("seed", "the seed", chosen::add);
            seed.showSeed(7);
            assertEquals(List.of(), chosen, "showing a run's seed is not choosing one");
            JFormattedTextField field = ((JSpinner.DefaultEditor) seed.getEditor()).getTextField();
            field.setText("42");
            commit(field);
            assertEquals(List.of(42L), chosen);
            assertEquals(42, seed.seed());
        });
    }

    @Test
    void textThatIsNoSeedIsMarkedWithWhatIsValid() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            SeedSpinner seed = new SeedSpinner("seed", "the seed", chosen::add);
            JFormattedTextField field = ((JSpinner.DefaultEditor) seed.getEditor()).getTextField();
            for (String bad : List.of("-5", "seven")) {
                field.setText(bad);
                assertEquals("error", field.getClientProperty("JComponent.outline"), bad);
                assertEquals(SeedSpinner.VALID_SEEDS, field.getToolTipText(), bad);
            }
            field.setText("12");
            assertNull(field.getClientProperty("JComponent.outline"));
            assertEquals("the seed", field.getToolTipText());
            assertEquals(List.of(), chosen, "nothing is chosen before Enter");
        });
    }

    private static void commit(JFormattedTextField field) {
        try {
            field.commitEdit();
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }
}
