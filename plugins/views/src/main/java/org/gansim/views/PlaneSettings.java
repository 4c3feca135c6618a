package org.gansim.views;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;

/**
 * The data space's own settings: which layers are on, how many generated points to draw (and give
 * arrows), and whether the legend is shown. They are offered in the canvas's right-click menu and in
 * the window's View menu, and kept as text so an experiment file saves them.
 *
 * <p>Swing thread only.
 */
final class PlaneSettings {

    /** The setting keys, as an experiment file holds them. */
    static final String LAYERS = "layers";
    static final String POINTS = "points";
    static final String LEGEND = "legend";

    private PlaneSettings() {
    }

    /** Adds the point count and the legend switch at the top of the canvas's right-click menu. */
    static void addTo(JPopupMenu menu, PlaneCanvas canvas) {
        JMenuItem points = pointsItem(canvas);
        JCheckBoxMenuItem legend = legendItem(canvas);
        menu.addPopupMenuListener(new javax.swing.event.PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(javax.swing.event.PopupMenuEvent e) {
                refresh(points, legend, canvas);
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

    /** Fills the window's View menu entry of the data space: a switch per layer, then the settings. */
    static void addTo(JMenu menu, PlaneCanvas canvas) {
        Map<PlaneLayer, JCheckBoxMenuItem> switches = new EnumMap<>(PlaneLayer.class);
        for (PlaneLayer layer : canvas.available()) {
            String label = Character.toUpperCase(layer.label().charAt(0)) + layer.label().substring(1);
            JCheckBoxMenuItem item = new JCheckBoxMenuItem(label, canvas.shownLayers().contains(layer));
            item.setName("layer:" + key(layer));
            item.setToolTipText(layer.explanation());
            item.addActionListener(e -> {
                if (item.isSelected() != canvas.shownLayers().contains(layer)) {
                    canvas.toggle(layer);
                }
            });
            switches.put(layer, item);
            menu.add(item);
        }
        menu.addSeparator();
        JMenuItem points = pointsItem(canvas);
        JCheckBoxMenuItem legend = legendItem(canvas);
        menu.add(points);
        menu.add(legend);
        menu.addMenuListener(new javax.swing.event.MenuListener() {
            @Override
            public void menuSelected(javax.swing.event.MenuEvent e) {
                switches.forEach((layer, item) -> item.setSelected(canvas.shownLayers().contains(layer)));
                refresh(points, legend, canvas);
            }

            @Override
            public void menuDeselected(javax.swing.event.MenuEvent e) {
            }

            @Override
            public void menuCanceled(javax.swing.event.MenuEvent e) {
            }
        });
    }

    private static JMenuItem pointsItem(PlaneCanvas canvas) {
        JMenuItem points = new JMenuItem("Generated points shown: " + canvas.points() + "\u2026");
        points.setName("generatedPointsItem");
        points.setToolTipText("How many of the fixed latent vectors z are drawn as generated points, each with its arrow.");
        points.addActionListener(e -> askForPoints(canvas));
        return points;
    }

    private static JCheckBoxMenuItem legendItem(PlaneCanvas canvas) {
        JCheckBoxMenuItem legend = new JCheckBoxMenuItem("Legend on the canvas", canvas.legendShown());
        legend.setName("legendItem");
        legend.setToolTipText("The key to the layers, in a corner of the plot; click its title to fold it.");
        legend.addActionListener(e -> canvas.setLegendShown(legend.isSelected()));
        return legend;
    }

    private static void refresh(JMenuItem points, JCheckBoxMenuItem legend, PlaneCanvas canvas) {
        points.setText("Generated points shown: " + canvas.points() + "\u2026");
        legend.setSelected(canvas.legendShown());
    }

    /** The canvas's settings as text: layers (comma-separated), points, legend. */
    static Map<String, String> of(PlaneCanvas canvas) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(LAYERS, canvas.shownLayers().stream().map(PlaneSettings::key).collect(Collectors.joining(",")));
        settings.put(POINTS, String.valueOf(canvas.points()));
        settings.put(LEGEND, String.valueOf(canvas.legendShown()));
        return settings;
    }

    /**
     * Applies settings given as text; all are checked first, so a refused value changes nothing.
     *
     * @throws IllegalArgumentException one sentence naming the setting and what is valid
     */
    static void apply(Map<String, String> settings, PlaneCanvas canvas) {
        Set<PlaneLayer> layers = settings.containsKey(LAYERS) ? parseLayers(settings.get(LAYERS)) : null;
        Integer points = settings.containsKey(POINTS) ? parsePoints(settings.get(POINTS)) : null;
        Boolean legend = settings.containsKey(LEGEND) ? parseSwitch(settings.get(LEGEND)) : null;
        if (layers != null) {
            canvas.setShownLayers(layers);
        }
        if (points != null) {
            canvas.setPoints(points);
        }
        if (legend != null) {
            canvas.setLegendShown(legend);
        }
    }

    /** A layer's name in settings: heat-map, real, generated, arrows, mesh, contours. */
    static String key(PlaneLayer layer) {
        return layer.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Set<PlaneLayer> parseLayers(String text) {
        Set<PlaneLayer> layers = EnumSet.noneOf(PlaneLayer.class);
        for (String part : (text == null ? "" : text).split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            PlaneLayer layer = java.util.Arrays.stream(PlaneLayer.values()).filter(l -> key(l).equals(name))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown data-space layer '" + name
                            + "' in layers; the layers are " + java.util.Arrays.stream(PlaneLayer.values())
                            .map(PlaneSettings::key).collect(Collectors.joining(", ")) + "."));
            layers.add(layer);
        }
        return layers;
    }

    private static boolean parseSwitch(String text) {
        String t = text == null ? "" : text.trim();
        if (!t.equals("true") && !t.equals("false")) {
            throw new IllegalArgumentException("The legend setting must be true or false, not '" + t + "'.");
        }
        return Boolean.parseBoolean(t);
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
