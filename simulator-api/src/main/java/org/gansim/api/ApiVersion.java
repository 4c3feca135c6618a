package org.gansim.api;

/**
 * The version of the plugin API, so the host can refuse a plugin built for an API it does not speak.
 *
 * <p>A plugin returns {@link #CURRENT} from {@link Plugin#apiVersion()}. Because {@code CURRENT} is a
 * compile-time constant, the number is baked into the plugin when it is compiled: a jar compiled
 * against an older or newer API keeps reporting the version it was built for.
 *
 * @since 1
 */
public final class ApiVersion {

    /**
     * The API version of this build; raised when a change would break existing plugins. Version 2
     * moved what a plugin sees into {@code org.gansim.api} (Batch, Gan, Snapshot, View, ...) and the
     * optional bases into {@code org.gansim.api.support}: a plugin built for version 1 must be rebuilt.
     */
    public static final int CURRENT = 2;

    /** The oldest plugin API version this host still runs. */
    public static final int OLDEST_SUPPORTED = 2;

    private ApiVersion() {
    }

    /** Whether a plugin built for {@code version} can run in this host. */
    public static boolean isSupported(int version) {
        return version >= OLDEST_SUPPORTED && version <= CURRENT;
    }

    /** The range this host accepts, for messages: "1" or "1 to 3". */
    public static String supportedRange() {
        return OLDEST_SUPPORTED == CURRENT ? Integer.toString(CURRENT) : OLDEST_SUPPORTED + " to " + CURRENT;
    }
}
