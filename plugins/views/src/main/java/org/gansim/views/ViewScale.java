package org.gansim.views;

import java.awt.Font;
import javax.swing.UIManager;

/**
 * How much larger than usual the views draw their text, lines and points: 1 normally, more when the
 * app's fonts are larger (its projector mode makes every font about 1.6 times as large, for the back
 * of a classroom). Read from the look and feel's label font, so a view follows whatever the host set
 * without knowing the host.
 *
 * <p>Stateless; any thread (it only reads the look and feel's defaults).
 */
final class ViewScale {

    /** The label font size of the usual look, in points: scale 1. */
    static final float USUAL_FONT_SIZE = 13f;

    private ViewScale() {
    }

    /** The scale now: the label font's size over the usual one, from 1 to 3. */
    static float now() {
        Font label = UIManager.getFont("Label.font");
        if (label == null) {
            return 1f;
        }
        return Math.max(1f, Math.min(3f, label.getSize2D() / USUAL_FONT_SIZE));
    }
}
