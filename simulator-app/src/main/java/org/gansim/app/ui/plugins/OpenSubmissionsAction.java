package org.gansim.app.ui.plugins;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import org.gansim.app.plugins.PluginEntry;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;

/**
 * Plugins → Open class submissions…: the teacher picks the folder holding one sub-folder or jar per
 * student, and every student's plugins appear in the Target and Variant menus under the student's
 * name ("Hinge GAN (alice)", id {@code alice/hw3-hinge}), so the class's results can be opened one
 * after the other, or compared, although every submission uses the assignment's ids. A message says
 * what each student's submission provided and which failed to load.
 *
 * <p>Swing thread only; loading runs on a worker thread.
 */
public final class OpenSubmissionsAction extends AbstractAction {

    /** The title of the messages this action shows, for finding them. */
    public static final String TITLE = "Open class submissions";

    private final Component parent;
    private final PluginManager manager;

    /**
     * @param parent  what the chooser and messages are shown over; may be null
     * @param manager the app's plugins; never null
     */
    public OpenSubmissionsAction(Component parent, PluginManager manager) {
        super("Open class submissions…");
        putValue(SHORT_DESCRIPTION, "Load a folder of students' plugin jars (one sub-folder or jar each),"
                + " each student's under their own name");
        this.parent = parent;
        this.manager = manager;
    }

    @Override
    public void actionPerformed(ActionEvent event) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("submissionsChooser");
        chooser.setDialogTitle(TITLE);
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showDialog(parent, "Open") == JFileChooser.APPROVE_OPTION) {
            open(chooser.getSelectedFile().toPath());
        }
    }

    /** Loads the submissions off the Swing thread, then reports. */
    public void open(Path root) {
        setEnabled(false);
        new SwingWorker<PluginRegistry, Void>() {
            @Override
            protected PluginRegistry doInBackground() {
                return manager.openSubmissions(root);
            }

            @Override
            protected void done() {
                setEnabled(true);
                try {
                    report(root, get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String message = cause instanceof IllegalArgumentException ? cause.getMessage()
                            : "Could not open the submissions in " + root + ": " + cause.getMessage();
                    JOptionPane.showMessageDialog(parent, message, TITLE, JOptionPane.ERROR_MESSAGE);
                }
            }
        }.execute();
    }

    private void report(Path root, PluginRegistry registry) {
        // The folder's own path and a separator: a neighbour such as class-2/ is not inside class/.
        String prefix = root.toAbsolutePath().normalize() + java.io.File.separator;
        List<PluginEntry> rows = registry.entries().stream().filter(e -> e.origin().startsWith(prefix)).toList();
        TreeMap<String, List<String>> loadedByStudent = new TreeMap<>();
        for (PluginEntry row : rows) {
            if (row.loaded()) {
                String student = row.id().substring(0, Math.max(0, row.id().indexOf('/')));
                loadedByStudent.computeIfAbsent(student, s -> new java.util.ArrayList<>())
                        .add(row.kind().label() + " " + row.id());
            }
        }
        List<PluginEntry> failed = rows.stream().filter(e -> !e.loaded()).toList();
        StringBuilder text = new StringBuilder();
        if (loadedByStudent.isEmpty()) {
            text.append("No working plugin was found in ").append(root).append(
                    ".\nIt should hold one sub-folder or jar per student.");
        } else {
            text.append("Now in the menus, by student:\n");
            loadedByStudent.forEach((student, ids) -> text.append("• ").append(student).append(": ")
                    .append(String.join(", ", ids)).append('\n'));
        }
        if (!failed.isEmpty()) {
            text.append('\n').append(failed.size()).append(" failed to load:\n").append(failed.stream()
                    .map(e -> "• " + Path.of(e.origin()).getFileName() + ": " + e.error())
                    .collect(Collectors.joining("\n"))).append("\nSee Plugins → Manage… for details.");
        }
        JOptionPane.showMessageDialog(parent, text.toString().trim(), TITLE,
                failed.isEmpty() && !loadedByStudent.isEmpty() ? JOptionPane.INFORMATION_MESSAGE
                        : JOptionPane.WARNING_MESSAGE);
    }
}
