package org.gansim.app.ui;

import java.awt.Color;
import java.awt.BorderLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import java.awt.GridLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.gansim.app.session.Alert;

/**
 * A strip above the views with one line per raised alert and a button opening the concept behind it;
 * hidden while nothing is raised.
 */
final class AlertBanner extends JPanel {

    private final Consumer<String> openConcept;
    private List<Alert> shown = List.of();

    /** @param openConcept opens Help → Concepts at the heading given */
    AlertBanner(Consumer<String> openConcept) {
        this.openConcept = openConcept;
        setName("alertBanner");
        setLayout(new GridLayout(0, 1, 0, 2)); // every row as tall as the tallest, so no button is cut off
        setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        setVisible(false);
    }

    /** Shows these alerts; rebuilds only when they changed, so the button under the mouse stays put. */
    void show(List<Alert> alerts) {
        if (alerts.equals(shown)) {
            return;
        }
        shown = List.copyOf(alerts);
        removeAll();
        for (Alert alert : alerts) {
            add(row(alert));
        }
        setVisible(!alerts.isEmpty());
        revalidate();
        repaint();
    }

    /** The alerts' titles for the status line, or empty when none is raised. */
    String summary() {
        return String.join(" · ", shown.stream().map(a -> a.kind().title()).toList());
    }

    private JPanel row(Alert alert) {
        JPanel row = new JPanel(new BorderLayout(6, 0)); // the button stays on the line however long the text
        Color warning = UIManager.getColor("Component.warning.focusedBorderColor");
        row.setBackground(warning == null ? new Color(0xFFF3C4) : blend(warning));
        JLabel text = new JLabel("\u26a0 " + alert.line());
        text.setName("alert:" + alert.kind().name());
        JButton concept = new JButton("What is " + alert.kind().concept().toLowerCase() + "?");
        concept.setName("alertConcept:" + alert.kind().name());
        concept.setToolTipText("Open Help \u2192 Concepts at " + alert.kind().concept() + ".");
        concept.addActionListener(e -> openConcept.accept(alert.kind().concept()));
        row.add(text, BorderLayout.CENTER);
        row.add(concept, BorderLayout.EAST);
        return row;
    }

    /** A pale tint of the theme's warning colour, readable under the label's own colour in either theme. */
    private static Color blend(Color warning) {
        Color base = UIManager.getColor("Panel.background");
        if (base == null) {
            return warning;
        }
        return new Color((warning.getRed() + 3 * base.getRed()) / 4, (warning.getGreen() + 3 * base.getGreen()) / 4,
                (warning.getBlue() + 3 * base.getBlue()) / 4);
    }
}
