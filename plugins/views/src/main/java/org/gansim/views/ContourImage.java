package org.gansim.views;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.gansim.api.Density;
import org.gansim.api.PlotBounds;

/**
 * Lines of equal density of the target, drawn at pixel resolution: the density is evaluated at
 * every pixel centre and a pixel is coloured where a level lies between it and its right or lower
 * neighbour. Working per pixel keeps narrow modes (a ring of std 0.01) visible as small circles,
 * where a coarse grid would miss them.
 *
 * <p>Levels: a half, a tenth and a hundredth of the highest density in view. Immutable; computed on
 * a worker thread.
 *
 * @param image  transparent except on the lines, one pixel per pixel of the plot
 * @param view   the rectangle of data space the image covers
 * @param levels the densities the lines are drawn at
 */
record ContourImage(BufferedImage image, PlotBounds view, double[] levels) {

    static final double[] RELATIVE_LEVELS = {0.5, 0.1, 0.01};

    static ContourImage compute(Density density, PlotBounds view, int width, int height, Color colour) {
        double[] values = new double[width * height];
        double max = 0;
        for (int row = 0; row < height; row++) {
            double y = view.maxY() - (row + 0.5) / height * view.height();
            for (int col = 0; col < width; col++) {
                double x = view.minX() + (col + 0.5) / width * view.width();
                double d = density.at(x, y);
                values[row * width + col] = d;
                max = Math.max(max, Double.isFinite(d) ? d : 0);
            }
        }
        double[] levels = new double[RELATIVE_LEVELS.length];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = RELATIVE_LEVELS[i] * max;
        }
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        int rgb = colour.getRGB() | 0xFF000000;
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                double here = values[row * width + col];
                boolean line = false;
                if (col + 1 < width) {
                    line |= crosses(here, values[row * width + col + 1], levels);
                }
                if (row + 1 < height) {
                    line |= crosses(here, values[(row + 1) * width + col], levels);
                }
                if (line) {
                    image.setRGB(col, row, rgb);
                }
            }
        }
        return new ContourImage(image, view, levels);
    }

    private static boolean crosses(double a, double b, double[] levels) {
        for (double level : levels) {
            if (level > 0 && (a < level) != (b < level)) {
                return true;
            }
        }
        return false;
    }

    boolean fits(int width, int height, PlotBounds bounds) {
        return image.getWidth() == width && image.getHeight() == height && view.equals(bounds);
    }
}
