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
            AppPreferences preferences = AppPreferences.forUser();
            if (preferences.dark() || preferences.projector()) {
                Looks.apply(preferences.dark(), preferences.projector());
            }
            MainWindow window = new MainWindow(new PluginManager(registry, PluginFolders.userFolder()), preferences);
            window.pack();
            window.setLocationRelativeTo(null);
            preferences.windowBounds().ifPresent(b -> window.setBounds(b[0], b[1], b[2], b[3]));
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
