package org.gansim.app.plugins;

/** Whether a plugin row is usable. Immutable; any thread. */
public enum PluginStatus {
    /** Loaded, checked and offered in the menus. */
    LOADED("loaded"),
    /** Could not be used; the row's error says why. */
    FAILED("FAILED"),
    /** A view that froze the window earlier in this session: left out until GanSim is closed. */
    SWITCHED_OFF("switched off");

    private final String label;

    PluginStatus(String label) {
        this.label = label;
    }

    /** The word shown in the table's status column. */
    public String label() {
        return label;
    }
}
