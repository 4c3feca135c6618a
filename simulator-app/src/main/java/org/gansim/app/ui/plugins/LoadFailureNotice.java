package org.gansim.app.ui.plugins;

import java.awt.BorderLayout;
import java.awt.Window;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.gansim.app.plugins.LoadFailures;
import org.gansim.app.plugins.PluginEntry;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.plugins.PluginStatus;

/**
 * A strip along the window that says how many plugins failed to load and from which jars, with a
 * button to the plugin table (Plugins → Manage) where each row says why. Hidden while every plugin
 * loads; follows reloads.
 *
 * <p>Swing event thread only.
 */
public final class LoadFailureNotice extends JPanel {

    private final JLabel text = new JLabel();

    /**
     * @param owner   the window the plugin table opens over
     * @param plugins the app's plugins; never null
     */
    public LoadFailureNotice(Window owner, PluginManager plugins) {
        super(new BorderLayout(8, 0));
        setName("loadFailureNotice");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(4, 10, 4, 10)));
        text.setName("loadFailureText");
        text.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        JButton manage = new JButton("Plugins \u2192 Manage\u2026");
        manage.setName("loadFailureManageButton");
        manage.addActionListener(e -> new PluginManagerDialog(owner, plugins).open());
        add(text, BorderLayout.CENTER);
        add(manage, BorderLayout.EAST);
        show(plugins.registry());
    }

    /** Shows what failed in {@code registry}, or hides the strip when nothing did. */
    public void show(PluginRegistry registry) {
        int failed = registry.failures().size();
        setVisible(failed > 0);
        if (failed == 0) {
            return;
        }
        Set<String> jars = new LinkedHashSet<>();
        for (PluginEntry entry : registry.failures()) {
            jars.add(entry.builtIn() ? "built-in" : java.nio.file.Path.of(entry.origin()).getFileName().toString());
        }
        long switchedOff = registry.failures().stream().filter(e -> e.status() == PluginStatus.SWITCHED_OFF).count();
        List<String> what = new ArrayList<>();
        if (failed > switchedOff) {
            long n = failed - switchedOff;
            what.add(n + (n == 1 ? " plugin" : " plugins") + " failed to load");
        }
        if (switchedOff > 0) {
            what.add(switchedOff + (switchedOff == 1 ? " view was" : " views were") + " switched off after freezing"
                    + " the window");
        }
        text.setText("\u26a0 " + String.join(" and ", what) + " (from " + String.join(", ", jars)
                + "); the plugin table says why.");
        text.setToolTipText("<html>" + String.join("<br>", LoadFailures.lines(registry).stream()
                .map(l -> l.replace("&", "&amp;").replace("<", "&lt;")).toList()) + "</html>");
    }
}
