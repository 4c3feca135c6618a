package org.gansim.app.experiment;

/**
 * A plugin named in an experiment: its id and the version that made the experiment.
 *
 * @param id      the plugin's id
 * @param version its version then (another version still opens; the numbers may differ)
 */
public record PluginRef(String id, String version) {
}
