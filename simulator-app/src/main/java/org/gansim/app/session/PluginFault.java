package org.gansim.app.session;

import java.util.function.Supplier;
import org.gansim.api.training.Faults;

/**
 * A plugin misbehaved while the host was using it: it threw, returned a non-finite number, or
 * returned something of the wrong shape. The message is one sentence naming the plugin's id and
 * the problem, ready to show to the user; training pauses and the app stays usable.
 *
 * <p>Immutable; any thread.
 */
public final class PluginFault extends RuntimeException {

    private final String pluginId;

    /**
     * @param pluginId the id of the plugin that misbehaved
     * @param problem  what it did, completing "Plugin 'id' ..."
     * @param cause    the exception it threw, or null
     */
    public PluginFault(String pluginId, String problem, Throwable cause) {
        super("Plugin '" + pluginId + "' " + problem, cause);
        this.pluginId = pluginId;
    }

    /** The id of the plugin at fault. */
    public String pluginId() {
        return pluginId;
    }

    /**
     * Runs plugin code and turns anything it throws into a fault naming the plugin.
     *
     * @param pluginId the plugin whose code {@code action} runs
     * @param during   what the host asked of it, e.g. "in a discriminator step"
     */
    public static <T> T guard(String pluginId, String during, Supplier<T> action) {
        try {
            return action.get();
        } catch (PluginFault fault) {
            throw fault;
        } catch (Throwable t) {
            // Student code may throw anything, errors included (a StackOverflowError from a
            // recursive layer); none of it may take the app down.
            throw new PluginFault(pluginId, "failed " + during + ": " + Faults.describe(t), t);
        }
    }
}
