package org.gansim.views;

import java.awt.Color;

/**
 * The colour scales of the data space: a diverging scale from orange (fake) through a light grey
 * (undecided) to blue (real). Orange against blue stays distinct under the common colour-vision
 * deficiencies (it is the pair of ColorBrewer's PuOr/RdBu family that survives deuteranopia and
 * protanopia), and it matches the colours of generated and real points.
 *
 * <p>Stateless; any thread.
 */
final class Palette {

    /** Where D is sure a point is fake (D = 0), or the critic's most negative score. */
    static final Color FAKE_END = new Color(0xE6, 0x61, 0x01);
    /** D = ½, or a critic score of 0: undecided. */
    static final Color NEUTRAL = new Color(0xF4, 0xF4, 0xF4);
    /** Where D is sure a point is real (D = 1), or the critic's most positive score. */
    static final Color REAL_END = new Color(0x21, 0x66, 0xAC);

    private static final Color FAKE_MID = new Color(0xFD, 0xB8, 0x63);
    private static final Color REAL_MID = new Color(0x92, 0xC5, 0xDE);

    private Palette() {
    }

    /**
     * The colour of a position on the diverging scale.
     *
     * @param t 0 for the fake end, ½ for neutral, 1 for the real end; clamped to [0, 1], NaN is neutral
     */
    static int rgb(double t) {
        if (Double.isNaN(t)) {
            return NEUTRAL.getRGB();
        }
        double u = Math.max(0, Math.min(1, t)) * 4;
        Color[] stops = {FAKE_END, FAKE_MID, NEUTRAL, REAL_MID, REAL_END};
        int i = Math.min(3, (int) Math.floor(u));
        double f = u - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        int r = (int) Math.round(a.getRed() + f * (b.getRed() - a.getRed()));
        int g = (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen()));
        int bl = (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue()));
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }

    /** How strongly the heat map is coloured: the rest is white, so the points on top stay visible. */
    static final double HEAT_STRENGTH = 0.6;

    /** The heat map's colour at scale position {@code t}: {@link #rgb} faded towards white. */
    static int heat(double t) {
        int c = rgb(t);
        int r = fade((c >> 16) & 0xFF);
        int g = fade((c >> 8) & 0xFF);
        int b = fade(c & 0xFF);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    private static int fade(int channel) {
        return (int) Math.round(255 - HEAT_STRENGTH * (255 - channel));
    }

    /**
     * Where a discriminator value sits on the scale: a probability as it is; a critic score divided
     * by the symmetric range {@code ±range}, so 0 is neutral.
     */
    static double position(double value, boolean probability, double range) {
        if (probability) {
            return value;
        }
        return 0.5 + 0.5 * value / Math.max(range, 1e-12);
    }

    /** Okabe–Ito colours for up to eight classes, chosen to stay apart for colour-blind viewers. */
    static Color classColour(int c) {
        Color[] colours = {
            new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
            new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9), new Color(0xE6, 0x9F, 0x00),
            new Color(0x00, 0x00, 0x00), new Color(0xF0, 0xE4, 0x42)};
        return colours[Math.floorMod(c, colours.length)];
    }
}
