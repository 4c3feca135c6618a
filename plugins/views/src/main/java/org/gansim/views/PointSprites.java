package org.gansim.views;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * Small pictures of a sample point (a filled or an outlined dot of one colour and size), drawn once
 * and then copied to every point's place: copying a few pixels is far cheaper than rasterising a
 * smooth circle for each of 1,500 points in every frame.
 *
 * <p>Mutable cache; Swing thread only.
 */
final class PointSprites {

    private record Key(int argb, int quarterPixels, boolean filled) {
    }

    private final Map<Key, BufferedImage> sprites = new HashMap<>();

    /** The dot of diameter {@code size} pixels, filled or as a ring; its centre is at {@link #offset}. */
    BufferedImage dot(Color colour, double size, boolean filled) {
        Key key = new Key(colour.getRGB(), (int) Math.round(size * 4), filled);
        return sprites.computeIfAbsent(key, k -> draw(colour, k.quarterPixels() / 4.0, filled));
    }

    /** Pixels from a sprite's corner to its centre. */
    static int offset(BufferedImage sprite) {
        return sprite.getWidth() / 2;
    }

    private static BufferedImage draw(Color colour, double size, boolean filled) {
        int side = (int) Math.ceil(size) + 3;
        BufferedImage sprite = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = sprite.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(colour);
        double c = side / 2 + 0.5;
        Ellipse2D.Double dot = new Ellipse2D.Double(c - size / 2, c - size / 2, size, size);
        if (filled) {
            g.fill(dot);
        } else {
            g.setStroke(new BasicStroke(1.2f));
            g.draw(dot);
        }
        g.dispose();
        return sprite;
    }
}
