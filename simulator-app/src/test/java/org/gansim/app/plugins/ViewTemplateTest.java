package org.gansim.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The view template ({@code plugins/view-template}) keeps the assignment template's promise: it
 * compiles against this build's API, its tests fail as shipped only at its two TODOs, the worked
 * solution passes them all, and {@code check-plugin} agrees with both.
 */
class ViewTemplateTest {

    static final Path ROOT = AssignmentTemplate.ROOT.resolveSibling("view-template");
    static final Path SOLUTION = Path.of("src", "test", "resources", "view-solution").toAbsolutePath();

    @TempDir
    static Path work;

    private static AssignmentTemplate skeleton;
    private static AssignmentTemplate solution;

    @BeforeAll
    static void compileBoth() throws IOException {
        assertThat(ROOT.resolve("pom.xml")).as("the view template").isRegularFile();
        skeleton = AssignmentTemplate.compile(ROOT, SOLUTION, work.resolve("skeleton"), false);
        solution = AssignmentTemplate.compile(ROOT, SOLUTION, work.resolve("solution"), true);
    }

    @Test
    void theTemplateIsAProjectOfItsOwnListingItsView() throws IOException {
        assertThat(Files.readString(ROOT.resolve("pom.xml"))).doesNotContain("<parent>")
                .contains("<artifactId>simulator-api</artifactId>");
        assertThat(ROOT.resolve("mvnw")).isExecutable();
        assertThat(ROOT.resolve("src/main/resources/META-INF/services/org.gansim.api.Visualization"))
                .content().isEqualToIgnoringWhitespace("org.example.view.MyView");
        assertThat(Files.readString(ROOT.resolve("src/main/java/org/example/view/MyPanel.java")))
                .contains("// TODO 1").contains("// TODO 2");
        assertThat(Files.readString(SOLUTION.resolve("org/example/view/MyPanel.java"))).doesNotContain("TODO");
    }

    @Test
    void theSkeletonsTestsFailOnlyAtItsTodos() throws Exception {
        TestExecutionSummary summary = skeleton.runTests();

        String failures = summary.getFailures().stream()
                .map(f -> f.getTestIdentifier().getDisplayName() + " -> " + f.getException())
                .collect(Collectors.joining("\n"));
        // The pixel test (TODO 1), the red-pixel test and the contract's painting check (TODO 2).
        assertThat(summary.getTestsFailedCount()).as(failures).isEqualTo(3);
        assertThat(summary.getFailures()).allSatisfy(f -> assertThat(String.valueOf(f.getException()))
                .containsPattern("TODO [12]: "));
        assertThat(failures).contains("TODO 1: map a data point to a pixel")
                .contains("paints a snapshot into an image").contains("TODO 2: draw the real and generated points");
        // Building the panel, showing snapshots and supports() already pass as shipped.
        assertThat(summary.getTestsSucceededCount()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theWorkedSolutionPassesEveryTest() throws Exception {
        TestExecutionSummary summary = solution.runTests();

        assertThat(summary.getTestsFailedCount()).as(String.valueOf(summary.getFailures().stream()
                .map(f -> String.valueOf(f.getException())).toList())).isZero();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(summary.getTestsFoundCount()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theGraderFailsTheSkeletonAndPassesTheSolution() throws IOException {
        PluginJarCheck.Result unfinished = PluginJarCheck.check(skeleton.jar(work.resolve("jars/unfinished.jar")),
                Duration.ofSeconds(60));
        assertThat(unfinished.toText()).contains("view my-view: ").contains("  FAIL  paints a snapshot into an image: ")
                .contains("TODO 2: draw the real and generated points").endsWith("FAILED\n");

        PluginJarCheck.Result done = PluginJarCheck.check(solution.jar(work.resolve("jars/done.jar")),
                Duration.ofSeconds(60));
        assertThat(done.passed()).as(done.toText()).isTrue();
    }
}
