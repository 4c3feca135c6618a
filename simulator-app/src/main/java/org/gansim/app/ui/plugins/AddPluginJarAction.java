package org.gansim.app.ui.plugins;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.gansim.app.plugins.PluginEntry;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;

/**
 * File → Add plugin jar…: the user picks a jar, it is copied into the user's plugin folder (so it is
 * there next time too) and the plugins are reloaded; a message says what the jar provided or why it
 * failed.
 *
 * <p>Swing thread only; the copy and reload run on a worker thread.
 */
public final class AddPluginJarAction extends AbstractAction {

    /** The title of the messages this action shows, for finding them. */
    public static final String TITLE = "Add plugin jar";

    private final Component parent;
    private final PluginManager manager;

    /**
     * @param parent  what the file chooser and messages are shown over; may be null
     * @param manager the app's plugins; never null
     */
    public AddPluginJarAction(Component parent, PluginManager manager) {
        super("Add plugin jar…");
        putValue(SHORT_DESCRIPTION, "Copy a plugin jar into " + manager.userFolder() + " and load it");
        this.parent = parent;
        this.manager = manager;
    }

    @Override
    public void actionPerformed(ActionEvent event) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("pluginJarChooser");
        chooser.setDialogTitle(TITLE);
        chooser.setFileFilter(new FileNameExtensionFilter("Plugin jars (*.jar)", "jar"));
        chooser.setAcceptAllFileFilterUsed(false);
        if (chooser.showDialog(parent, "Add") != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path jar = chooser.getSelectedFile().toPath();
        Path target = manager.installedPath(jar);
        if (Files.exists(target) && !target.equals(jar.toAbsolutePath().normalize())) {
            int answer = JOptionPane.showConfirmDialog(parent, target.getFileName() + " is already in "
                    + manager.userFolder() + ". Replace it?", TITLE, JOptionPane.OK_CANCEL_OPTION);
            if (answer != JOptionPane.OK_OPTION) {
                return;
            }
        }
        install(jar);
    }

    /** Copies and reloads off the Swing thread, then reports. */
    void install(Path jar) {
        setEnabled(false);
        new SwingWorker<PluginRegistry, Void>() {
            @Override
            protected PluginRegistry doInBackground() throws Exception {
                return manager.install(jar);
            }

            @Override
            protected void done() {
                setEnabled(true);
                try {
                    report(jar, get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String message = cause instanceof IllegalArgumentException ? cause.getMessage()
                            : "Could not add " + jar.getFileName() + ": " + cause.getMessage();
                    JOptionPane.showMessageDialog(parent, message, TITLE, JOptionPane.ERROR_MESSAGE);
                }
            }
        }.execute();
    }

    private void report(Path jar, PluginRegistry registry) {
        List<PluginEntry> rows = PluginManager.rowsOf(registry, manager.installedPath(jar));
        List<PluginEntry> failed = rows.stream().filter(e -> !e.loaded()).toList();
        String loaded = rows.stream().filter(PluginEntry::loaded).map(e -> e.kind().label() + " " + e.id())
                .collect(Collectors.joining(", "));
        String text = "Added " + jar.getFileName() + " to " + manager.userFolder() + ".\n"
                + (loaded.isEmpty() ? "It provides no working plugin." : "Now available: " + loaded + ".");
        if (failed.isEmpty()) {
            JOptionPane.showMessageDialog(parent, text, TITLE, JOptionPane.INFORMATION_MESSAGE);
        } else {
            String reasons = failed.stream().map(e -> "• " + (e.id().isEmpty() ? e.kind().label() : e.id()) + ": "
                    + e.error()).collect(Collectors.joining("\n"));
            JOptionPane.showMessageDialog(parent, text + "\n" + failed.size() + " failed:\n" + reasons
                    + "\nSee Plugins → Manage… for details.", TITLE, JOptionPane.WARNING_MESSAGE);
        }
    }
}
