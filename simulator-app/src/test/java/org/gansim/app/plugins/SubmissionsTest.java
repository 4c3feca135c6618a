package org.gansim.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.gansim.api.GanVariant;
import org.gansim.api.PlotBounds;
import org.gansim.api.TargetDistribution;
import org.gansim.api.param.Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class's submissions share the assignment's ids; loaded as submissions, each student's plugins
 * are there under the student's name, each still the student's own code.
 */
class SubmissionsTest {

    @TempDir
    Path temp;

    /** alice.jar and bob/ (a folder with a jar) both provide target "hw-circle", of radius 1 and 2. */
    private Path classFolder() throws IOException {
        Path root = temp.resolve("class");
        TestPluginJars.circle(root, "alice.jar", "hw-circle", "1.0", 1);
        TestPluginJars.circle(root.resolve("bob"), "hw.jar", "hw-circle", "1.0", 2);
        TestPluginJars.throwingVariant(root, "carol.jar");
        Files.writeString(root.resolve("notes.txt"), "not a submission");
        Files.createDirectories(root.resolve(".git"));
        return root;
    }

    @Test
    void everyStudentsPluginLoadsUnderTheirNameAndIsTheirOwn() throws IOException {
        try (PluginRegistry registry = PluginRegistry.load(List.of(), classFolder())) {
            TargetDistribution alice = registry.target("alice/hw-circle").orElseThrow();
            TargetDistribution bob = registry.target("bob/hw-circle").orElseThrow();
            assertThat(alice.id()).isEqualTo("alice/hw-circle");
            assertThat(alice.name()).isEqualTo("Circle hw-circle (alice)");
            assertThat(bob.name()).isEqualTo("Circle hw-circle (bob)");
            // each is the student's own class: the defaults and the samples differ as their code does
            assertThat(Params.defaults(alice.params()).getDouble("radius")).isEqualTo(1.0);
            assertThat(Params.defaults(bob.params()).getDouble("radius")).isEqualTo(2.0);
            PlotBounds bounds = bob.create(Params.defaults(bob.params())).bounds();
            assertThat(bounds).isEqualTo(PlotBounds.square(3.0));
            assertThat(alice.create(Params.defaults(alice.params())).sample(4, new SplittableRandom(1)).size())
                    .isEqualTo(4);
            assertThat(registry.target("hw-circle")).isEmpty();
            assertThat(registry.target("ring8")).isPresent(); // the built-ins are untouched
            assertThat(registry.submissions()).contains(temp.resolve("class").toAbsolutePath().normalize());
        }
    }

    @Test
    void aSubmissionThatFailsIsARowOfItsOwnAndTheOthersLoad() throws IOException {
        try (PluginRegistry registry = PluginRegistry.load(List.of(), classFolder())) {
            assertThat(registry.failures()).singleElement().satisfies(row -> {
                assertThat(row.origin()).endsWith("carol.jar");
                assertThat(row.error()).contains("no weights file");
            });
            assertThat(registry.variants().stream().map(GanVariant::id)).noneMatch(id -> id.contains("/"));
            assertThat(registry.entries().stream().map(PluginEntry::origin))
                    .noneMatch(origin -> origin.endsWith("notes.txt") || origin.contains(".git"));
        }
    }

    @Test
    void reloadingKeepsTheSubmissions() throws IOException {
        PluginManager manager = new PluginManager(PluginRegistry.load(List.of()), temp.resolve("user"));
        assertThat(manager.registry().target("alice/hw-circle")).isEmpty();
        manager.openSubmissions(classFolder());
        assertThat(manager.registry().target("alice/hw-circle")).isPresent();
        manager.reload();
        assertThat(manager.registry().target("bob/hw-circle")).isPresent();
        manager.registry().close();
    }

    @Test
    void aFileIsNotASubmissionsFolder() throws IOException {
        PluginManager manager = new PluginManager(PluginRegistry.load(List.of()), temp.resolve("user"));
        Path file = Files.writeString(temp.resolve("class.txt"), "");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> manager.openSubmissions(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a folder; choose the folder that holds one sub-folder or jar per student");
    }

    @Test
    void aStudentsNameIsMadeSafeForAnId() {
        assertThat(StudentPlugin.studentOf(Path.of("alice.jar"))).isEqualTo("alice");
        assertThat(StudentPlugin.studentOf(Path.of("Bob Smith"))).isEqualTo("Bob-Smith");
        assertThat(StudentPlugin.studentOf(Path.of("x/zoë_2.JAR"))).isEqualTo("zo-_2");
    }
}
