package org.gansim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gansim.app.ui.plugins.RobotClicks;

/**
 * The parameter column is wide enough for every field of the variant shown: WGAN-GP's longer
 * labels ("Penalty weight lambda") used to push its spinners' arrows under the split's divider.
 */
@NeedsADisplay
class ParameterColumnWidthGuiTest {

    @TempDir
    Path userFolder;
    private MainWindowUnderTest opened;

    @BeforeEach
    void openWindow() {
        opened = MainWindowUnderTest.withBuiltIns(userFolder.resolve("plugins"));
    }

    @AfterEach
    void closeWindow() {
        opened.close();
    }

    @Test
    void everyFieldOfTheVanillaGanAndOfWganGpShowsWhole() {
        assertThat(clippedFields()).as("fields cut off by the divider, vanilla GAN").isEmpty();
        opened.chooseVariant("wgan-gp");
        RobotClicks.waitUntil("the WGAN-GP fields", () -> GuiActionRunner.execute(
                () -> names().contains("param:variant.lambda")));
        assertThat(clippedFields()).as("fields cut off by the divider, WGAN-GP").isEmpty();
    }

    /** The names of the parameter panel's fields whose right edge lies beyond what its scroll pane shows. */
    private List<String> clippedFields() {
        return GuiActionRunner.execute(() -> {
            ParameterPanel panel = opened.mainWindow.parameterPanel();
            JViewport viewport = (JViewport) panel.getParent();
            List<String> clipped = new ArrayList<>();
            int showing = 0;
            for (Component field : named(panel)) {
                Rectangle shown = SwingUtilities.convertRectangle(field.getParent(), field.getBounds(), viewport);
                if (field.isShowing()) {
                    showing++;
                    if (shown.x + shown.width > viewport.getWidth()) {
                        clipped.add(field.getName() + " ends at " + (shown.x + shown.width) + " of " + viewport.getWidth());
                    }
                }
            }
            if (showing == 0) {
                clipped.add("no field of the panel is showing, so none was measured");
            }
            return clipped;
        });
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (Component field : named(opened.mainWindow.parameterPanel())) {
            names.add(field.getName());
        }
        return names;
    }

    /** The labels and fields of the panel, at any depth: the components that have a name. */
    private static List<Component> named(Container container) {
        List<Component> found = new ArrayList<>();
        for (Component child : container.getComponents()) {
            if (child.getName() != null) {
                found.add(child);
            }
            if (child instanceof Container inner) {
                found.addAll(named(inner));
            }
        }
        return found;
    }
}
