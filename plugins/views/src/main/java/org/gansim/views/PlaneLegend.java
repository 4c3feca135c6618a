package org.gansim.views;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The data space's legend: a small see-through box in the plot's top-right corner with one short
 * row per layer (click to switch it on or off, hover for what it shows), the class picker for
 * conditional GANs, and a title row that folds the box away to a single line.
 *
 * <p>Mutable; Swing thread only. It remembers where it drew its rows so clicks can find them.
 */
final class PlaneLegend {

    /** What a click on the legend hit: the title row ({@code folds}), a layer, or the class picker (neither). */
    record Click(boolean folds, PlaneLayer layer) {
    }

    private record Row(Rectangle area, Click click) {
    }

    private static final Color BACKGROUND = new Color(255, 255, 255, 175);
    private static final Color BORDER = new Color(0x60, 0x60, 0x60, 120);
    private static final int INSET = 4;
    private static final int SWATCH = 8;

    private final List<Row> rows = new ArrayList<>();
    private Rectangle area = new Rectangle();
    /** The most of the plot the open legend may cover before it starts folded. */
    static final double MOST_COVERED = 0.06;

    private boolean shown = true;
    /** Folded or open as the user chose; null until they choose, when the plot's size decides. */
    private Boolean collapsed;
    private boolean foldedNow;

    boolean shown() {
        return shown;
    }

    void setShown(boolean show) {
        shown = show;
        if (!show) {
            rows.clear();
            area = new Rectangle();
        }
    }

    /** Whether the legend was folded when last drawn. */
    boolean collapsed() {
        return foldedNow;
    }

    void setCollapsed(boolean fold) {
        collapsed = fold;
    }

    /** Where the legend was last drawn (empty when hidden). */
    Rectangle area() {
        return new Rectangle(area);
    }

    /**
     * Draws the legend inside {@code plot}'s top-right corner.
     *
     * @param available  the layers this target offers, in order
     * @param on         the layers switched on
     * @param picker     whether to offer the class picker
     * @param classShown the class shown, -1 for all
     * @param sliceNote  whether to say that the mesh is a slice through the first two latent axes
     */
    void paint(Graphics2D g, Rectangle plot, List<PlaneLayer> available, Set<PlaneLayer> on, boolean picker,
               int classShown, boolean sliceNote) {
        rows.clear();
        if (!shown) {
            area = new Rectangle();
            return;
        }
        Font before = g.getFont();
        g.setFont(before.deriveFont(Font.PLAIN, 10f * ViewScale.now()));
        FontMetrics fm = g.getFontMetrics();
        int rowHeight = fm.getHeight() + 1;
        String classLabel = classShown < 0 ? "class: all (C)" : "class " + classShown + " (C)";
        String note = "mesh: z\u2081, z\u2082 slice";
        int textWidth = fm.stringWidth("layers \u25be");
        int count = 1;
        for (PlaneLayer layer : available) {
            textWidth = Math.max(textWidth, SWATCH + 4 + fm.stringWidth(layer.shortLabel()));
        }
        count += available.size();
        if (picker) {
            textWidth = Math.max(textWidth, SWATCH + 4 + fm.stringWidth(classLabel));
            count++;
        }
        if (sliceNote) {
            textWidth = Math.max(textWidth, fm.stringWidth(note));
            count++;
        }
        int width = textWidth + 2 * INSET;
        int openHeight = count * rowHeight + INSET;
        // On a small plot the open legend would hide part of the data (a ring's corner mode): start folded.
        foldedNow = collapsed != null ? collapsed
                : width * (double) openHeight > MOST_COVERED * plot.width * (double) plot.height;
        String title = foldedNow ? "layers \u25b8" : "layers \u25be";
        int height = foldedNow ? rowHeight + INSET : openHeight;
        area = new Rectangle(plot.x + plot.width - width - INSET, plot.y + INSET, width, height);
        g.setColor(BACKGROUND);
        g.fillRect(area.x, area.y, area.width, area.height);
        g.setColor(BORDER);
        g.drawRect(area.x, area.y, area.width, area.height);
        int x = area.x + INSET;
        int y = area.y + 2;
        g.setColor(PlotFrame.AXIS);
        g.drawString(title, x, y + fm.getAscent());
        rows.add(new Row(new Rectangle(area.x, y, width, rowHeight), new Click(true, null)));
        y += rowHeight;
        if (!foldedNow) {
            for (PlaneLayer layer : available) {
                boolean isOn = on.contains(layer);
                int boxY = y + (rowHeight - SWATCH) / 2;
                if (isOn) {
                    g.setColor(swatch(layer));
                    g.fillRect(x, boxY, SWATCH, SWATCH);
                }
                g.setColor(PlotFrame.AXIS);
                g.drawRect(x, boxY, SWATCH, SWATCH);
                g.setColor(isOn ? Color.BLACK : PlotFrame.AXIS);
                g.drawString(layer.shortLabel(), x + SWATCH + 4, y + fm.getAscent());
                rows.add(new Row(new Rectangle(area.x, y, width, rowHeight), new Click(false, layer)));
                y += rowHeight;
            }
            if (picker) {
                g.setColor(classShown < 0 ? PlotFrame.AXIS : Palette.classColour(classShown));
                g.fillOval(x, y + (rowHeight - SWATCH) / 2, SWATCH, SWATCH);
                g.setColor(Color.BLACK);
                g.drawString(classLabel, x + SWATCH + 4, y + fm.getAscent());
                rows.add(new Row(new Rectangle(area.x, y, width, rowHeight), new Click(false, null)));
                y += rowHeight;
            }
            if (sliceNote) {
                g.setColor(PlotFrame.AXIS);
                g.drawString(note, x, y + fm.getAscent());
            }
        }
        g.setFont(before);
    }

    /** What a click at {@code p} hits, or null when it misses the legend's rows. */
    Click clickAt(Point p) {
        for (Row row : rows) {
            if (row.area().contains(p)) {
                return row.click();
            }
        }
        return null;
    }

    /** The hover text at {@code p}, or null off the legend. */
    String toolTip(Point p) {
        if (!area.contains(p)) {
            return null;
        }
        Click click = clickAt(p);
        if (click == null) {
            return "The latent mesh is a slice through the first two latent dimensions; the others are 0.";
        }
        if (click.folds()) {
            return foldedNow ? "Click to open the list of layers." : "Click to fold the legend away (L hides it).";
        }
        if (click.layer() == null) {
            return "Show one class only: its samples and D for that class (a conditional GAN is told the class).";
        }
        return click.layer().label() + ": " + click.layer().explanation() + " Click to switch it on or off.";
    }

    private static Color swatch(PlaneLayer layer) {
        return switch (layer) {
            case HEAT_MAP -> Palette.REAL_END;
            case REAL -> DataSpaceCanvas.REAL;
            case GENERATED -> DataSpaceCanvas.GENERATED;
            case ARROWS -> PlanePicture.ARROW;
            case MESH -> PlanePicture.MESH_LINE;
            case CONTOURS -> PlaneCanvas.CONTOUR;
        };
    }
}
