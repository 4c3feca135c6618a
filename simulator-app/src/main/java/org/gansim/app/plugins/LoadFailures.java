package org.gansim.app.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user is told about plugins that failed to load, outside the plugin table: one line per
 * failed jar or plugin for the command line, and why an id asked for is not there.
 *
 * <p>Stateless; any thread.
 */
public final class LoadFailures {

    private LoadFailures() {
    }

    /** "Plugin not loaded from alice.jar: variant: demo.Boom could not be created: ..." per failed row. */
    public static List<String> lines(PluginRegistry registry) {
        return registry.failures().stream().map(LoadFailures::line).toList();
    }

    private static String line(PluginEntry entry) {
        String what = entry.kind() == PluginKind.JAR ? ""
                : entry.kind().label() + (entry.id().isBlank() ? "" : " '" + entry.id() + "'") + ": ";
        return "Plugin not loaded from " + file(entry) + ": " + what + entry.error();
    }

    /** "'hw3-hinge' is in alice.jar but failed to load: ...", when a failed plugin of this kind has this id. */
    public static Optional<String> failedWithId(PluginRegistry registry, PluginKind kind, String id) {
        return registry.failures().stream()
                .filter(e -> e.kind() == kind && e.id().equalsIgnoreCase(id))
                .findFirst()
                .map(e -> "'" + id + "' is in " + file(e) + " but failed to load: " + e.error());
    }

    /**
     * "it may be one of the plugins that failed to load: alice.jar: ...", listing the failed plugins
     * of this kind (and unreadable jars) whose id could not be read; empty when there are none.
     */
    public static Optional<String> failedUnread(PluginRegistry registry, PluginKind kind) {
        List<PluginEntry> failed = registry.failures().stream()
                .filter(e -> e.kind() == PluginKind.JAR || e.kind() == kind && e.id().isBlank()).toList();
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("it may be one of the plugins that failed to load: " + failed.stream()
                .map(e -> file(e) + ": " + e.error()).collect(Collectors.joining("; ")));
    }

    private static String file(PluginEntry entry) {
        if (entry.builtIn()) {
            return "the built-in plugins";
        }
        Path name = Path.of(entry.origin()).getFileName();
        return name == null ? entry.origin() : name.toString();
    }
}
