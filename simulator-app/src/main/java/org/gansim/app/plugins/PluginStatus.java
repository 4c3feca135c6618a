package org.gansim.app.plugins;

/** Whether a plugin row is usable. Immutable; any thread. */
public enum PluginStatus {
    /** Loaded, checked and offered in the menus. */
    LOADED("loaded"),
    /** Could not be used; the row's error says why. */
    FAILED("FAILED");

    private final String label;

    PluginStatus(String label) {
        this.label = label;
    }

    /** The word shown in the table's status column. */
    public String label() {
        return label;
    }
}
