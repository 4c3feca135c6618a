package org.gansim.app.ui.plugins;

import javax.swing.JMenuItem;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.ui.MainWindow;

/**
 * Puts the plugin actions into the main window: Plugins → Manage… and File → Add plugin jar…, and
 * makes the window offer the new plugins after every reload.
 *
 * <p>Swing thread only.
 */
public final class PluginMenus {

    private PluginMenus() {
    }

    /**
     * Adds the items and follows the manager's reloads.
     *
     * @param window  the main window; never null
     * @param manager the app's plugins, created with the registry the window was built from; never null
     */
    public static void install(MainWindow window, PluginManager manager) {
        JMenuItem add = new JMenuItem(new AddPluginJarAction(window, manager));
        add.setName("addPluginJarItem");
        window.fileMenu().insert(add, 0);
        window.fileMenu().insertSeparator(1);

        JMenuItem manage = new JMenuItem("Manage…");
        manage.setName("managePluginsItem");
        manage.setToolTipText("Every plugin found, loaded or failed; reload the plugin folders");
        manage.addActionListener(e -> showManager(window, manager));
        window.pluginsMenu().insert(manage, 0);
        window.pluginsMenu().insertSeparator(1);

        manager.onReload(window::usePlugins);
    }

    /** Shows the one plugin manager dialog of this window, creating it when it is not open. */
    private static void showManager(MainWindow window, PluginManager manager) {
        for (java.awt.Window owned : window.getOwnedWindows()) {
            if (owned instanceof PluginManagerDialog dialog && dialog.isDisplayable()) {
                dialog.toFront();
                return;
            }
        }
        new PluginManagerDialog(window, manager).open();
    }
}
