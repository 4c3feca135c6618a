package org.gansim.views;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;

/**
 * The data space's own settings, in its right-click menu: how many generated points to draw (and
 * give arrows), and whether the legend is shown.
 *
 * <p>Swing thread only.
 */
final class PlaneSettings {

    private PlaneSettings() {
    }

    /** Adds the settings at the top of {@code menu}. */
    static void addTo(JPopupMenu menu, PlaneCanvas canvas) {
        JMenuItem points = new JMenuItem("Generated points shown\u2026");
        points.setName("generatedPointsItem");
        points.setToolTipText("How many of the fixed latent vectors z are drawn as generated points, each with its arrow.");
        points.addActionListener(e -> askForPoints(canvas));
        JCheckBoxMenuItem legend = new JCheckBoxMenuItem("Legend on the canvas", true);
        legend.setName("legendItem");
        legend.addActionListener(e -> canvas.setLegendShown(legend.isSelected()));
        menu.addPopupMenuListener(new javax.swing.event.PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(javax.swing.event.PopupMenuEvent e) {
                points.setText("Generated points shown: " + canvas.points() + "\u2026");
                legend.setSelected(canvas.legendShown());
            }

            @Override
            public void popupMenuWillBecomeInvisible(javax.swing.event.PopupMenuEvent e) {
            }

            @Override
            public void popupMenuCanceled(javax.swing.event.PopupMenuEvent e) {
            }
        });
        menu.insert(points, 0);
        menu.insert(legend, 1);
        menu.insert(new JPopupMenu.Separator(), 2);
    }

    private static void askForPoints(PlaneCanvas canvas) {
        String current = String.valueOf(canvas.points());
        while (true) {
            Object answer = JOptionPane.showInputDialog(canvas,
                    "Generated points to draw (1 to " + PlaneCanvas.MAX_POINTS + "):", "Generated points",
                    JOptionPane.QUESTION_MESSAGE, null, null, current);
            if (answer == null) {
                return;
            }
            try {
                canvas.setPoints(parsePoints(answer.toString()));
                return;
            } catch (IllegalArgumentException bad) {
                JOptionPane.showMessageDialog(canvas, bad.getMessage(), "Generated points", JOptionPane.ERROR_MESSAGE);
                current = answer.toString();
            }
        }
    }

    /**
     * The number of generated points typed by the user.
     *
     * @throws IllegalArgumentException with one sentence naming the problem and the valid range
     */
    static int parsePoints(String text) {
        String trimmed = text == null ? "" : text.trim();
        int value;
        try {
            value = Integer.parseInt(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(problem("\"" + trimmed + "\" is not a whole number"));
        }
        if (value < 1 || value > PlaneCanvas.MAX_POINTS) {
            throw new IllegalArgumentException(problem(value + " is out of range"));
        }
        return value;
    }

    private static String problem(String what) {
        return "The number of generated points must be a whole number from 1 to " + PlaneCanvas.MAX_POINTS
                + "; " + what + ".";
    }
}
