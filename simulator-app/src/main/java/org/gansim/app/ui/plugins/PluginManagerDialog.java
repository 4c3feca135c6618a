package org.gansim.app.ui.plugins;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import org.gansim.app.plugins.PluginEntry;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.plugins.PluginTable;

/**
 * Plugins → Manage…: every plugin the app found, loaded or failed, with where it came from and why
 * it failed; a button to reload the plugin folders without restarting, and one to add a jar.
 *
 * <p>The dialog follows the {@link PluginManager}: after any reload (its own, or File → Add plugin
 * jar…) it shows the new table. A running simulation keeps the plugins it started with until it is
 * reset, which the dialog says. Swing thread only.
 */
public final class PluginManagerDialog extends JDialog {

    private final PluginManager manager;
    private final PluginTableModel model = new PluginTableModel();
    private final JLabel summary = new JLabel(" ");
    private final JLabel folders = new JLabel(" ");
    private final JButton reload = new JButton("Reload");

    /**
     * @param owner   the main window, or null
     * @param manager the app's plugins; never null
     */
    public PluginManagerDialog(Window owner, PluginManager manager) {
        super(owner, "Plugins", ModalityType.MODELESS);
        this.manager = manager;
        setName("pluginManagerDialog");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);

        JTable table = new JTable(model);
        table.setName("pluginTable");
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        table.setDefaultRenderer(Object.class, new RowRenderer());
        widths(table, 70, 120, 170, 70, 260, 70, 420);

        summary.setName("pluginSummary");
        folders.setName("pluginFolders");
        folders.setForeground(UIManager.getColor("Label.disabledForeground"));
        JLabel note = new JLabel("A running simulation keeps its plugins until it is reset.");
        note.setForeground(UIManager.getColor("Label.disabledForeground"));

        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.add(summary, BorderLayout.NORTH);
        top.add(folders, BorderLayout.SOUTH);

        reload.setName("reloadPlugins");
        reload.setToolTipText("Load the plugin folders again: new and changed jars are picked up");
        reload.addActionListener(e -> reload());
        JButton add = new JButton(new AddPluginJarAction(this, manager));
        add.setName("addPluginJar");
        JButton close = new JButton("Close");
        close.setName("closePlugins");
        close.addActionListener(e -> dispose());

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(add);
        buttons.add(reload);
        buttons.add(close);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(note, BorderLayout.WEST);
        bottom.add(buttons, BorderLayout.EAST);

        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        content.add(top, BorderLayout.NORTH);
        content.add(new JScrollPane(table), BorderLayout.CENTER);
        content.add(bottom, BorderLayout.SOUTH);
        setContentPane(content);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setPreferredSize(new Dimension(1100, 460));

        show(manager.registry());
        manager.onReload(fresh -> {
            if (isDisplayable()) {
                show(fresh);
            }
        });
    }

    /**
     * Sizes the dialog, centres it on its owner and shows it. Placing it only now, in one move,
     * matters on X displays without a window manager, where a window moved twice before it first
     * shows can end up elsewhere than Java believes.
     */
    public void open() {
        pack();
        setLocationRelativeTo(getOwner());
        setVisible(true);
    }

    /** Fills the table from {@code registry}. */
    private void show(PluginRegistry registry) {
        model.setRows(registry.entries());
        summary.setText(PluginTable.summary(registry.entries()));
        folders.setText("Plugin folders: " + manager.folders().stream().map(Object::toString)
                .collect(Collectors.joining(", ")));
    }

    /** Reloads off the Swing thread; the table follows through the manager's listener. */
    private void reload() {
        reload.setEnabled(false);
        summary.setText("Reloading the plugin folders…");
        new SwingWorker<PluginRegistry, Void>() {
            @Override
            protected PluginRegistry doInBackground() {
                return manager.reload();
            }

            @Override
            protected void done() {
                reload.setEnabled(true);
                try {
                    show(get());
                } catch (InterruptedException | ExecutionException e) {
                    summary.setText("Reloading failed: " + e.getCause());
                }
            }
        }.execute();
    }

    private static void widths(JTable table, int... widths) {
        for (int i = 0; i < widths.length; i++) {
            TableColumn column = table.getColumnModel().getColumn(i);
            column.setPreferredWidth(widths[i]);
        }
    }

    /**
     * Failed rows in red; the whole origin or error as a tooltip, as those columns are often too
     * narrow for a jar path or a sentence.
     */
    private final class RowRenderer extends DefaultTableCellRenderer {
        private static final Color FAILED = new Color(0xC62828);

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            Component cell = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            PluginEntry entry = model.row(table.convertRowIndexToModel(row));
            if (!selected) {
                cell.setForeground(entry.loaded() ? table.getForeground() : FAILED);
            }
            String whole = table.convertColumnIndexToModel(column) == PluginTableModel.ORIGIN_COLUMN
                    ? entry.origin() : entry.error();
            setToolTipText(whole.isEmpty() ? null : whole);
            return cell;
        }
    }
}
