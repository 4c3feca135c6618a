package org.gansim.app.ui;

import com.formdev.flatlaf.FlatLightLaf;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.gansim.app.plugins.PluginFolders;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.ViewTimeLimit;

/**
 * Starts the window the way FlatLaf's own demo does: system properties on the calling thread, then
 * tasks on the Swing thread that install the look and feel, build the window, pack and show it.
 * Start-up is split in two so that the calling thread can load the plugins meanwhile:
 * {@link #prepare()} (the look and feel and the user's preferences, on the Swing thread) and
 * {@link #show} (the window, once the plugins are there).
 *
 * <p>{@link #prepare} and {@link #show} may be called from any thread; everything else here runs on
 * the Swing thread.
 */
public final class GanSimApp {

    /** Read on the Swing thread by the first task, used there by the second. */
    private AppPreferences preferences;

    private GanSimApp() {
    }

    /** Starts installing the look and feel and reading the preferences on the Swing thread, and returns at once. */
    public static GanSimApp prepare() {
        // Menus in the window (not the screen's menu bar) on every platform, as a projector shows them.
        System.setProperty("flatlaf.useWindowDecorations", "false");
        GanSimApp app = new GanSimApp();
        SwingUtilities.invokeLater(() -> {
            installLookAndFeel();
            app.preferences = AppPreferences.forUser();
            if (app.preferences.dark() || app.preferences.projector()) {
                Looks.apply(app.preferences.dark(), app.preferences.projector());
            }
        });
        return app;
    }

    /**
     * Opens the main window for the plugins in {@code registry}, after what {@link #prepare()} started,
     * and watches it for views that freeze it ({@link SwingWatchdog}).
     *
     * @param start what to open, and how to start again after a frozen view
     * @param shown run on the Swing thread once the window is visible
     */
    public void show(PluginRegistry registry, WindowStart start, Runnable shown) {
        PluginRegistry usable = registry.withViewsSwitchedOff(WindowRestart.viewsOff(), WindowRestart::whySwitchedOff);
        SwingUtilities.invokeLater(() -> {
            MainWindow window = new MainWindow(new PluginManager(usable, PluginFolders.userFolder()), preferences);
            window.pack();
            window.setLocationRelativeTo(null);
            preferences.windowBounds().ifPresent(b -> window.setBounds(b[0], b[1], b[2], b[3]));
            window.setVisible(true);
            shown.run();
            start.experiment().ifPresent(window::openExperiment);
            String note = System.getProperty(WindowRestart.NOTE, "");
            if (!note.isBlank()) {
                System.err.println("GanSim: " + note);
                SwingUtilities.invokeLater(() -> window.showRestartNote(note));
            }
            Duration limit = ViewTimeLimit.get();
            SwingWatchdog.start(limit, SwingWatchdog.byPackage(window::openViews),
                    new HungViewRecovery(window::recoveryPoint, HungViewRecovery.defaultFolder(),
                            new WindowRestart(start.pluginArguments()).inNewJvm(), System.err, ViewTimeLimit.text(limit)));
        });
    }

    /**
     * How the window starts.
     *
     * @param experiment      an experiment file to open, if one was given
     * @param pluginArguments the command-line arguments that chose the plugins ({@code --plugin-dir DIR},
     *                        {@code --submissions DIR}), for a restart
     */
    public record WindowStart(Optional<Path> experiment, List<String> pluginArguments) {

        /** The window with no file and the default plugin folders. */
        public static WindowStart plain() {
            return new WindowStart(Optional.empty(), List.of());
        }
    }

    /** FlatLaf light, once; called on the Swing thread before any component is made. */
    public static void installLookAndFeel() {
        if (!(UIManager.getLookAndFeel() instanceof FlatLightLaf)) {
            FlatLightLaf.setup();
            UIManager.put("ToolTip.font", UIManager.getFont("Label.font"));
        }
    }
}
