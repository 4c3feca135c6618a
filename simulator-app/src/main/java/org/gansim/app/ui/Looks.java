package org.gansim.app.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import javax.swing.UIManager;

/**
 * The light and dark themes and projector mode (every font half as large again, for the back row).
 * Switching updates every open window at once. Swing thread only.
 */
final class Looks {

    /** How much larger projector mode makes every font. */
    static final float PROJECTOR_SCALE = 1.6f;
    private static float scale = 1f;

    private Looks() {
    }

    /** Installs the theme and font size the preferences hold. */
    /** How much larger than usual the fonts are now: {@link #PROJECTOR_SCALE} in projector mode, else 1. */
    static float scale() {
        return scale;
    }

    static void apply(boolean dark, boolean projector) {
        scale = projector ? PROJECTOR_SCALE : 1f;
        // FlatLaf reads "defaultFont" while it sets itself up: set up once to learn the theme's font,
        // then again with the size wanted.
        UIManager.put("defaultFont", null);
        setup(dark);
        Font base = UIManager.getFont("Label.font");
        if (projector && base != null) {
            UIManager.put("defaultFont", new javax.swing.plaf.FontUIResource(
                    base.deriveFont(base.getSize2D() * PROJECTOR_SCALE)));
            setup(dark);
        }
        UIManager.put("ToolTip.font", UIManager.getFont("Label.font"));
        FlatLaf.updateUI();
    }

    private static void setup(boolean dark) {
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Whether the dark theme is in use. */
    static boolean dark() {
        return UIManager.getLookAndFeel() instanceof FlatLaf laf && laf.isDark();
    }
}
