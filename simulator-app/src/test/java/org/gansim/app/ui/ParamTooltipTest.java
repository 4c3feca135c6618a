package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.util.Arrays;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JToolTip;
import javax.swing.SwingUtilities;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.plugins.PluginRegistry;
import org.junit.jupiter.api.Test;

/**
 * A parameter's description is the tooltip of its editor and of its label, wrapped so that it fits
 * on the screen. Headless.
 */
class ParamTooltipTest {

    @Test
    void aLongDescriptionIsWrappedToAReadableWidth() throws Exception {
        ParamSpec precision = TrainingSettings.trainSpecs(1).stream()
                .filter(spec -> spec.key().equals(TrainingSettings.PRECISION)).findFirst().orElseThrow();
        SwingUtilities.invokeAndWait(() -> {
            ParamEditor editor = ParamEditor.create("train.precision", precision, (key, value) -> { },
                    sentence -> { }, null);
            String text = editor.input().getToolTipText();
            assertTrue(text.contains(precision.description()), text);
            JToolTip tip = editor.input().createToolTip();
            tip.setTipText(text);
            Dimension size = tip.getPreferredSize();
            assertTrue(size.width < 600, "the tooltip is " + size.width + " pixels wide");
            assertTrue(size.height > 2 * tip.getFontMetrics(tip.getFont()).getHeight(), "it takes several lines");
        });
    }

    @Test
    void theLabelsInThePanelHaveWrappedTooltipsNamingTheirKey() throws Exception {
        try (PluginRegistry registry = PluginRegistry.load(List.of())) {
            TrainingSettings settings = TrainingSettings.defaults(registry.target("ring8").orElseThrow(),
                    registry.variant("vanilla").orElseThrow());
            SwingUtilities.invokeAndWait(() -> {
                ParameterPanel panel = new ParameterPanel((key, value) -> { }, sentence -> { }, null);
                panel.rebuild(settings);
                JLabel label = (JLabel) Arrays.stream(panel.getComponents())
                        .filter(c -> "label:train.precision".equals(c.getName())).findFirst().orElseThrow();
                assertTrue(label.getToolTipText().startsWith("<html>"), label.getToolTipText());
                assertTrue(label.getToolTipText().endsWith("(train.precision)</p></html>"), label.getToolTipText());
            });
        }
    }

    @Test
    void markupInADescriptionIsShownAsTextAndNoDescriptionIsNoTooltip() {
        assertEquals("<html><p width=\"360\">x &lt; 1 &amp; y</p></html>", ParamEditor.tooltip("x < 1 & y"));
        assertNull(ParamEditor.tooltip(" "));
    }
}
