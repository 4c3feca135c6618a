package org.gansim.app.plugins;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gansim.api.GanVariant;
import org.gansim.api.Plugin;
import org.gansim.api.TargetDistribution;
import org.gansim.api.Visualization;
import org.gansim.api.testkit.CheckResult;
import org.gansim.api.testkit.ContractReport;
import org.gansim.api.testkit.GanVariantChecks;
import org.gansim.api.testkit.TargetDistributionChecks;
import org.gansim.api.testkit.VisualizationChecks;

/**
 * A teacher's grader: loads one plugin jar on its own (with a class loader of its own, as the app
 * would, but without the other jars of the plugin folders) and runs every contract check of the test
 * kit on each provider it lists.
 *
 * <p>Every provider gets a report. One that cannot be loaded fails a first check, "loads in the
 * host", with the reason the plugin table would show; one that loads also must not reuse the id of a
 * built-in plugin, which the app would prefer over it.
 *
 * <p>Used by one thread, not the Swing event thread (view checks wait for it).
 */
public final class PluginJarCheck {

    /** The first check of every report: the host could create the provider. */
    public static final String LOADS = "loads in the host";

    private PluginJarCheck() {
    }

    /**
     * What the check of one jar found.
     *
     * @param jar     the jar checked, absolute
     * @param reports one report per provider (or one for the jar when it could not be read)
     */
    public record Result(Path jar, List<ContractReport> reports) {

        public Result {
            reports = List.copyOf(reports);
        }

        /** Whether the jar provides at least one plugin and every plugin passed every check. */
        public boolean passed() {
            return !reports.isEmpty() && reports.stream().allMatch(ContractReport::passed);
        }

        /** The whole report as text: one block per provider, then a verdict. */
        public String toText() {
            StringBuilder text = new StringBuilder("Checking plugin jar ").append(jar).append("\n\n");
            for (ContractReport report : reports) {
                text.append(report.toText().replace(System.lineSeparator(), "\n")).append('\n');
            }
            long failedPlugins = reports.stream().filter(r -> !r.passed()).count();
            long checks = reports.stream().mapToLong(r -> r.results().size()).sum();
            long failedChecks = reports.stream().mapToLong(r -> r.failures().size()).sum();
            text.append(reports.size()).append(reports.size() == 1 ? " plugin" : " plugins").append(" checked: ")
                    .append(reports.size() - failedPlugins).append(" passed, ").append(failedPlugins).append(" failed (")
                    .append(failedChecks).append(" of ").append(checks).append(" checks failed).\n")
                    .append(passed() ? "PASSED" : "FAILED").append('\n');
            return text.toString();
        }
    }

    /**
     * Checks one jar.
     *
     * @param jar   the plugin jar; a file that is not a readable jar gives a failed report, not an exception
     * @param limit the most time one check may take before it fails as an endless loop
     * @return the reports; never null
     */
    public static Result check(Path jar, Duration limit) {
        ClassLoader host = PluginJarCheck.class.getClassLoader();
        PluginScanner builtIns = new PluginScanner(host);
        builtIns.scanClassPath();
        Set<String> builtInIds = new HashSet<>();
        for (PluginEntry entry : builtIns.entries()) {
            if (entry.loaded()) {
                builtInIds.add(key(entry.kind(), entry.id()));
            }
        }

        // The check's time limit also bounds creating each provider: --time-limit covers loading too.
        PluginScanner scan = new PluginScanner(host, limit);
        scan.scanJar(jar);
        Map<PluginEntry, Plugin> pluginOfEntry = new IdentityHashMap<>();
        scan.entryOfPlugin().forEach((plugin, entry) -> pluginOfEntry.put(entry, plugin));
        List<ContractReport> reports = new ArrayList<>();
        try {
            for (PluginEntry entry : scan.entries()) {
                Plugin plugin = pluginOfEntry.get(entry);
                if (entry.kind() == PluginKind.JAR) {
                    reports.add(new ContractReport("jar", entry.name(),
                            List.of(CheckResult.fail("jar can be read", entry.error()))));
                } else if (plugin == null) {
                    reports.add(new ContractReport(entry.kind().label(), subject(entry),
                            List.of(CheckResult.fail(LOADS, entry.error()))));
                } else {
                    reports.add(checkLoaded(entry, plugin, builtInIds, limit));
                }
            }
        } finally {
            scan.loaders().forEach(PluginClassLoader::loadAllThenClose);
        }
        return new Result(jar.toAbsolutePath().normalize(), reports);
    }

    private static ContractReport checkLoaded(PluginEntry entry, Plugin plugin, Set<String> builtInIds, Duration limit) {
        ContractReport kit = switch (entry.kind()) {
            case TARGET -> TargetDistributionChecks.report((TargetDistribution) plugin, limit);
            case VARIANT -> GanVariantChecks.report((GanVariant) plugin, limit);
            case VIEW -> VisualizationChecks.report((Visualization) plugin, limit);
            case JAR -> throw new IllegalStateException("a jar row holds no plugin");
        };
        List<CheckResult> results = new ArrayList<>();
        results.add(CheckResult.pass(LOADS));
        results.addAll(kit.results());
        String freeCheck = "id is not taken by a built-in " + entry.kind().label();
        results.add(builtInIds.contains(key(entry.kind(), entry.id()))
                ? CheckResult.fail(freeCheck, "GanSim already has a built-in " + entry.kind().label() + " with id '"
                        + entry.id() + "', which the app would use instead: choose another id")
                : CheckResult.pass(freeCheck));
        return new ContractReport(kit.kind(), kit.subject(), results);
    }

    private static String subject(PluginEntry entry) {
        return !entry.id().isBlank() ? entry.id() : !entry.name().isBlank() ? entry.name() : "(not loaded)";
    }

    private static String key(PluginKind kind, String id) {
        return kind + ":" + id.toLowerCase(Locale.ROOT);
    }
}
