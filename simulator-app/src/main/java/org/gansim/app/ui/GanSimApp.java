package org.gansim.app.ui;

import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.gansim.app.plugins.PluginFolders;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;

/**
 * Starts the window the way FlatLaf's own demo does: system properties on the calling thread, then
 * one task on the Swing thread that installs the look and feel, builds the window, packs and shows it.
 *
 * <p>{@link #open} may be called from any thread; everything else here runs on the Swing thread.
 */
public final class GanSimApp {

    private GanSimApp() {
    }

    /** Opens the main window for the plugins in {@code registry}. */
    public static void open(PluginRegistry registry) {
        // Menus in the window (not the screen's menu bar) on every platform, as a projector shows them.
        System.setProperty("flatlaf.useWindowDecorations", "false");
        SwingUtilities.invokeLater(() -> {
            installLookAndFeel();
            MainWindow window = new MainWindow(new PluginManager(registry, PluginFolders.userFolder()));
            window.pack();
            window.setLocationRelativeTo(null);
            window.setVisible(true);
        });
    }

    /** FlatLaf light, once; called on the Swing thread before any component is made. */
    public static void installLookAndFeel() {
        if (!(UIManager.getLookAndFeel() instanceof FlatLightLaf)) {
            FlatLightLaf.setup();
            UIManager.put("ToolTip.font", UIManager.getFont("Label.font"));
        }
    }
}
