package org.gansim.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gansim.api.testkit.ContractReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.launcher.listeners.TestExecutionSummary.Failure;

/**
 * The author kit's promise, checked on every build: the assignment template compiles against the API
 * of this build, its contract tests fail as shipped (and only because of its TODOs), the worked
 * solution passes every one of them, and the grader, {@code check-plugin}, agrees with both.
 */
class AssignmentTemplateTest {

    @TempDir
    static Path work;

    private static AssignmentTemplate skeleton;
    private static AssignmentTemplate solution;

    @BeforeAll
    static void compileBoth() throws IOException {
        assertThat(AssignmentTemplate.ROOT.resolve("pom.xml")).as("the assignment template").isRegularFile();
        skeleton = AssignmentTemplate.compile(work.resolve("skeleton"), false);
        solution = AssignmentTemplate.compile(work.resolve("solution"), true);
    }

    @Test
    void theTemplateIsAProjectOfItsOwnWithItsOwnMavenWrapper() throws IOException {
        String pom = Files.readString(AssignmentTemplate.ROOT.resolve("pom.xml"));
        assertThat(pom).doesNotContain("<parent>").doesNotContain("<module>")
                .contains("<artifactId>simulator-api</artifactId>");
        assertThat(AssignmentTemplate.ROOT.resolve("mvnw")).isExecutable();
        assertThat(AssignmentTemplate.ROOT.resolve(".mvn/wrapper/maven-wrapper.properties")).isRegularFile();
        Path services = AssignmentTemplate.ROOT.resolve("src/main/resources/META-INF/services");
        assertThat(services.resolve("org.gansim.api.TargetDistribution")).content().contains("org.example.assignment.MyTarget");
        assertThat(services.resolve("org.gansim.api.GanVariant")).content().contains("org.example.assignment.MyVariant");
        assertThat(Files.readString(AssignmentTemplate.ROOT.getParent().resolve("pom.xml")))
                .as("the template is not a module of the GanSim build").doesNotContain("assignment-template");
    }

    @Test
    void theSkeletonMarksEachTodoAndTheSolutionHasNone() throws IOException {
        String skeletonSources = sources(AssignmentTemplate.ROOT.resolve("src/main/java"));
        for (int todo = 1; todo <= 5; todo++) {
            assertThat(skeletonSources.contains("// TODO " + todo)).as("TODO " + todo + " is marked").isTrue();
        }
        assertThat(sources(AssignmentTemplate.SOLUTION).contains("TODO")).as("the solution leaves a TODO").isFalse();
    }

    @Test
    void theSkeletonsContractTestsFailAndOnlyAtItsTodos() throws Exception {
        TestExecutionSummary summary = skeleton.runTests();

        assertThat(summary.getTestsFoundCount()).isGreaterThan(20);
        assertThat(summary.getTestsFailedCount()).as(report(summary)).isGreaterThanOrEqualTo(10);
        // Each failure is the skeleton saying which TODO is missing, never a mismatch with the API.
        assertThat(summary.getFailures()).allSatisfy(failure ->
                assertThat(messages(failure.getException())).as(failure.getTestIdentifier().getDisplayName())
                        .containsPattern("TODO [1-5]: "));
        // Both kinds of plugin fail: the sampler (TODO 1, 2) and the losses (TODO 4, 5).
        Set<String> todos = summary.getFailures().stream()
                .map(f -> messages(f.getException()).replaceAll("(?s).*?(TODO [1-5]).*", "$1"))
                .collect(Collectors.toSet());
        assertThat(todos).contains("TODO 1", "TODO 4");
        // The checks the skeleton already meets (ids, descriptions, parameters) pass.
        assertThat(summary.getTestsSucceededCount()).isGreaterThanOrEqualTo(8);
        // The author's guide quotes this run's count: it stays true when checks are added.
        Path guide = AssignmentTemplate.ROOT.getParent().getParent().resolve("docs/writing-plugins.md");
        assertThat(Files.readString(guide)).as(summary.getTestsFoundCount() + " found:\n" + report(summary)).contains("As shipped, " + summary.getTestsFailedCount() + " of the "
                + summary.getTestsFoundCount() + " tests fail");
    }

    @Test
    void theWorkedSolutionPassesEveryTest() throws Exception {
        TestExecutionSummary summary = solution.runTests();

        assertThat(summary.getTestsFailedCount()).as(report(summary)).isZero();
        assertThat(summary.getTestsAbortedCount()).isZero();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(summary.getTestsFoundCount()).isGreaterThan(20);
        assertThat(solution.testClassNames()).containsExactlyInAnyOrder(
                "org.example.assignment.MyTargetTest", "org.example.assignment.MyVariantTest");
    }

    @Test
    void theGraderFailsTheSkeletonAndPassesTheSolution() throws IOException {
        PluginJarCheck.Result unfinished = PluginJarCheck.check(
                skeleton.jar(work.resolve("jars/unfinished.jar")), Duration.ofSeconds(60));
        assertThat(unfinished.passed()).isFalse();
        assertThat(unfinished.reports()).extracting(ContractReport::subject)
                .containsExactly("assignment-ring", "assignment-gan");
        assertThat(unfinished.toText())
                .contains("  FAIL  samples have the right shape: the plugin threw UnsupportedOperationException:"
                        + " TODO 1: draw the points in MySampler.sample")
                .contains("  PASS  loads in the host")
                .endsWith("FAILED\n");

        PluginJarCheck.Result done = PluginJarCheck.check(solution.jar(work.resolve("jars/done.jar")),
                Duration.ofSeconds(60));
        assertThat(done.passed()).as(done.toText()).isTrue();
        assertThat(done.toText()).contains("target assignment-ring: all ").contains("variant assignment-gan: all ")
                .endsWith("PASSED\n");
        // The author's guide shows this output: its counts of checks are this run's.
        String guide = Files.readString(AssignmentTemplate.ROOT.getParent().getParent().resolve("docs/writing-plugins.md"));
        for (String line : done.toText().lines().toList()) {
            if (line.matches("(target|variant) assignment-\\S+: all \\d+ checks passed|\\d+ plugins checked: .*")) {
                assertThat(guide).as("the guide quotes: " + line).contains(line + "\n");
            }
        }
    }

    /** Every message in a failure's chain of causes, so a wrapped TODO is found too. */
    private static String messages(Throwable failure) {
        List<String> all = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.add(t.getClass().getSimpleName() + ": " + t.getMessage());
        }
        return String.join(" <- ", all);
    }

    private static String report(TestExecutionSummary summary) {
        return summary.getFailures().stream()
                .map((Failure f) -> f.getTestIdentifier().getDisplayName() + " -> " + messages(f.getException()))
                .collect(Collectors.joining("\n"));
    }

    private static String sources(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            StringBuilder all = new StringBuilder();
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        }
    }
}
