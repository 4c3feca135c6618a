package org.gansim.app.ui.plugins;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.gansim.app.plugins.PluginEntry;

/**
 * The rows of the plugin manager's table: one per plugin or failed jar.
 *
 * <p>Swing thread only.
 */
final class PluginTableModel extends AbstractTableModel {

    static final String[] COLUMNS = {"Kind", "Id", "Name", "Version", "Origin", "Status", "Error"};
    static final int ORIGIN_COLUMN = 4;
    static final int STATUS_COLUMN = 5;
    static final int ERROR_COLUMN = 6;

    private List<PluginEntry> rows = List.of();

    /** Shows these rows instead of the current ones. */
    void setRows(List<PluginEntry> entries) {
        rows = List.copyOf(entries);
        fireTableDataChanged();
    }

    PluginEntry row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        PluginEntry e = rows.get(rowIndex);
        return switch (column) {
            case 0 -> e.kind().label();
            case 1 -> e.id();
            case 2 -> e.name();
            case 3 -> e.version();
            case ORIGIN_COLUMN -> e.origin();
            case STATUS_COLUMN -> e.status().label();
            case ERROR_COLUMN -> e.error();
            default -> throw new IndexOutOfBoundsException("no column " + column);
        };
    }
}
