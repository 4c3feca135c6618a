package org.gansim.app.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gansim.api.GanVariant;
import org.gansim.api.Plugin;
import org.gansim.api.TargetDistribution;
import org.gansim.api.Visualization;
import org.gansim.api.testkit.Check;
import org.gansim.api.testkit.CheckResult;
import org.gansim.api.testkit.GanVariantChecks;
import org.gansim.api.testkit.TargetDistributionChecks;
import org.gansim.api.testkit.VisualizationChecks;
import org.gansim.api.training.CoverageRun;
import org.gansim.app.plugins.LoadFailures;
import org.gansim.app.plugins.PluginEntry;
import org.gansim.app.plugins.PluginJarCheck;
import org.gansim.app.plugins.PluginKind;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.plugins.PluginWatchdog;

/**
 * The main class of the JVM that grades one submission: loads its jars, runs every item of the
 * rubric's plan on them and writes a {@link ProgressLine} per item to a file as it goes, then exits.
 * The grader starts one such JVM per submission, so whatever a submission does (exit, loop, fill the
 * heap, leave threads) ends only its own row.
 *
 * <p>Arguments: the rubric file, the teacher's test jar or "-", the progress file, then the
 * submission's jars.
 */
public final class SubmissionJvm {

    /** The most time one contract check may take, within the submission's whole limit. */
    private static final Duration CHECK_LIMIT = Duration.ofSeconds(60);

    private final Rubric rubric;
    private final PrintStream progress;
    private final ObjectMapper json = new ObjectMapper();

    private SubmissionJvm(Rubric rubric, PrintStream progress) {
        this.rubric = rubric;
        this.progress = progress;
    }

    public static void main(String[] args) throws IOException {
        Rubric rubric = Rubric.read(Path.of(args[0]));
        Path teacherJar = args[1].equals("-") ? null : Path.of(args[1]);
        List<Path> jars = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            jars.add(Path.of(args[i]));
        }
        try (PrintStream progress = new PrintStream(Files.newOutputStream(Path.of(args[2])), true,
                StandardCharsets.UTF_8)) {
            System.setProperty(PluginWatchdog.DAEMON_PROPERTY, "false");
            Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
            new SubmissionJvm(rubric, progress).grade(jars, teacherJar, before);
        }
        // Threads the submission left running must not keep this JVM alive.
        System.exit(0);
    }

    private void grade(List<Path> jars, Path teacherJar, Set<Thread> before) throws IOException {
        write(ProgressLine.started("loading the submission's plugins"));
        PluginRegistry registry = PluginRegistry.load(jars);
        for (Rubric.Provided provided : rubric.provides()) {
            gradeProvided(registry, provided, jars);
        }
        for (Rubric.ExtraCheck extra : rubric.extraChecks()) {
            String name = GradingPlan.itemName(extra);
            write(ProgressLine.started(name));
            CheckResult result = new Check<Rubric.ExtraCheck>(name, e -> runExtra(registry, e))
                    .run(extra, Duration.ofSeconds(rubric.timeLimitSeconds()));
            finished(name, result);
        }
        if (teacherJar != null) {
            write(ProgressLine.started("the teacher's tests"));
            TeacherTestRun.run(teacherJar, jars).forEach((test, result) ->
                    finished(GradingPlan.teacherTestName(test), result));
        }
        write(ProgressLine.started(GradingPlan.NO_THREADS));
        finished(GradingPlan.NO_THREADS, threadsLeft(before));
    }

    private void gradeProvided(PluginRegistry registry, Rubric.Provided provided, List<Path> jars) {
        List<String> checks = GradingPlan.contractChecks(provided.kind());
        Optional<? extends Plugin> plugin = find(registry, provided);
        if (plugin.isEmpty()) {
            String why = whyMissing(registry, provided, jars);
            for (String check : checks) {
                finished(GradingPlan.itemName(provided, check), CheckResult.fail(check, why));
            }
            return;
        }
        finished(GradingPlan.itemName(provided, PluginJarCheck.LOADS), CheckResult.pass(PluginJarCheck.LOADS));
        for (Check<Plugin> check : kitChecks(provided.kind())) {
            String name = GradingPlan.itemName(provided, check.name());
            write(ProgressLine.started(name));
            finished(name, check.run(plugin.get(), CHECK_LIMIT));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Check<Plugin>> kitChecks(String kind) {
        List checks = switch (kind) {
            case "target" -> TargetDistributionChecks.all();
            case "variant" -> GanVariantChecks.all();
            default -> VisualizationChecks.all();
        };
        return (List<Check<Plugin>>) checks;
    }

    private static Optional<? extends Plugin> find(PluginRegistry registry, Rubric.Provided provided) {
        List<? extends Plugin> plugins = switch (provided.kind()) {
            case "target" -> registry.targets();
            case "variant" -> registry.variants();
            default -> registry.visualizations();
        };
        return plugins.stream()
                .filter(p -> registry.entry(p).map(e -> !e.builtIn() && e.id().equalsIgnoreCase(provided.id()))
                        .orElse(false))
                .findFirst();
    }

    /**
     * Why a required plugin is not there: "'hw3-hinge' is in alice.jar but failed to load: ...";
     * "'hw3-hinge' was not loaded: a variant in alice.jar failed to load: ..." when the failed
     * plugin's id could not be read; or "no variant with id 'hw3-hinge' in alice.jar: list its class
     * in META-INF/services/org.gansim.api.GanVariant".
     */
    static String whyMissing(PluginRegistry registry, Rubric.Provided provided, List<Path> jars) {
        PluginKind kind = PluginKind.valueOf(provided.kind().toUpperCase(java.util.Locale.ROOT));
        Optional<String> failed = LoadFailures.failedWithId(registry, kind, provided.id());
        if (failed.isPresent()) {
            return failed.get();
        }
        List<PluginEntry> unread = registry.failures().stream()
                .filter(e -> !e.builtIn() && (e.kind() == PluginKind.JAR || e.kind() == kind && e.id().isBlank()))
                .toList();
        if (!unread.isEmpty()) {
            return "'" + provided.id() + "' was not loaded: " + unread.stream()
                    .map(e -> (e.kind() == PluginKind.JAR ? "" : "a " + provided.kind() + " in ") + fileName(e.origin())
                            + " failed to load: " + e.error())
                    .collect(Collectors.joining("; "));
        }
        String jarNames = jars.stream().map(j -> j.getFileName().toString()).collect(Collectors.joining(", "));
        return "no " + provided.kind() + " with id '" + provided.id() + "' in " + jarNames
                + ": list its class in META-INF/services/" + serviceName(provided.kind());
    }

    private static String serviceName(String kind) {
        return switch (kind) {
            case "target" -> TargetDistribution.class.getName();
            case "variant" -> GanVariant.class.getName();
            default -> Visualization.class.getName();
        };
    }

    private static String fileName(String origin) {
        return Path.of(origin).getFileName().toString();
    }

    private static void runExtra(PluginRegistry registry, Rubric.ExtraCheck extra) {
        GanVariant variant = registry.variants().stream()
                .filter(v -> registry.entry(v).map(e -> !e.builtIn() && e.id().equalsIgnoreCase(extra.variant()))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the submission provides no variant '" + extra.variant() + "'"));
        TargetDistribution target = registry.target(extra.target())
                .orElseThrow(() -> new AssertionError("there is no target '" + extra.target() + "'"));
        int modes = CoverageRun.start(target, variant, extra.seed(), extra.params().toArray(String[]::new))
                .train(extra.steps()).coverage().modesCaptured();
        if (modes < extra.minModes()) {
            throw new AssertionError("on " + extra.target() + " after " + extra.steps() + " steps (seed "
                    + extra.seed() + ") the generator captured " + modes + " modes; at least " + extra.minModes()
                    + " are needed");
        }
    }

    /** Fails when threads that were not there before grading are still running (daemons aside). */
    private static CheckResult threadsLeft(Set<Thread> before) {
        List<String> left = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            if (t.isAlive() && !t.isDaemon() && t != Thread.currentThread() && !before.contains(t)) {
                left.add("'" + t.getName() + "'" + where(e.getValue()));
            }
        }
        return left.isEmpty() ? CheckResult.pass(GradingPlan.NO_THREADS)
                : CheckResult.fail(GradingPlan.NO_THREADS, left.size() + (left.size() == 1 ? " thread" : " threads")
                        + " the submission started still ran when grading ended (" + String.join(", ", left)
                        + "): a plugin must not leave threads running, or make them daemons");
    }

    private static String where(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return " in " + type + "." + frame.getMethodName()
                        + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "");
            }
        }
        return "";
    }

    private void finished(String item, CheckResult result) {
        write(ProgressLine.finished(item, result.passed(), result.message()));
    }

    private void write(ProgressLine line) {
        try {
            progress.println(json.writeValueAsString(line));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
