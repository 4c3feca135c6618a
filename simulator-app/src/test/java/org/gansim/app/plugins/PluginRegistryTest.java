package org.gansim.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.gansim.api.GanVariant;
import org.gansim.api.Sampler;
import org.gansim.api.TargetDistribution;
import org.gansim.api.Visualization;
import org.gansim.api.param.Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads real plugin jars, good and broken, from a temporary plugin folder. */
class PluginRegistryTest {

    @TempDir
    Path temp;

    private Path folder() {
        return temp.resolve("plugins");
    }

    private Path goodJar(String fileName, String pkg, String targetId) throws IOException {
        return new PluginJar(fileName)
                .source(pkg + ".Circle", SamplePlugins.circle(pkg, targetId, "2.1", 1))
                .source(pkg + ".CirclePoints", SamplePlugins.circlePoints(pkg))
                .source(pkg + ".Plain", SamplePlugins.variant(pkg, "Plain", targetId + "-gan", ""))
                .source(pkg + ".StepView", SamplePlugins.view(pkg, targetId + "-view"))
                .service(TargetDistribution.class, pkg + ".Circle")
                .service(GanVariant.class, pkg + ".Plain")
                .service(org.gansim.api.Visualization.class, pkg + ".StepView")
                .writeTo(folder());
    }

    private static List<PluginEntry> external(PluginRegistry registry) {
        return registry.entries().stream().filter(e -> !e.builtIn()).toList();
    }

    @Test
    void loadsEveryKindFromAJarWithTheJarAsOrigin() throws IOException {
        Path jar = goodJar("circle.jar", "demo", "circle");

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).containsExactly(
                    new PluginEntry(PluginKind.TARGET, "circle", "Circle circle", "2.1", jar.toString(),
                            PluginStatus.LOADED, ""),
                    new PluginEntry(PluginKind.VARIANT, "circle-gan", "circle-gan", "1.0", jar.toString(),
                            PluginStatus.LOADED, ""),
                    new PluginEntry(PluginKind.VIEW, "circle-view", "circle-view", "1.0", jar.toString(),
                            PluginStatus.LOADED, ""));
            TargetDistribution circle = registry.target("circle").orElseThrow();
            assertThat(registry.variant("circle-gan")).isPresent();
            assertThat(registry.visualization("circle-view")).isPresent();
            assertThat(registry.entry(circle).orElseThrow().origin()).isEqualTo(jar.toString());

            Sampler sampler = circle.create(Params.defaults(circle.params()));
            double[] p = sampler.sample(5, new SplittableRandom(1)).points();
            assertThat(Math.hypot(p[0], p[1])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void aViewSwitchedOffIsARowWithItsReasonAndIsNoLongerOffered() throws IOException {
        Path jar = goodJar("circle.jar", "demo", "circle");

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))
                .withViewsSwitchedOff(java.util.Set.of("circle-view"), id -> id + " froze the window")) {
            assertThat(registry.visualization("circle-view")).isEmpty();
            assertThat(registry.visualizations()).isNotEmpty(); // the built-in views stay
            assertThat(external(registry)).contains(new PluginEntry(PluginKind.VIEW, "circle-view", "circle-view",
                    "1.0", jar.toString(), PluginStatus.SWITCHED_OFF, "circle-view froze the window"));
            assertThat(registry.target("circle")).isPresent();
            assertThat(registry.variant("circle-gan")).isPresent();
        }
    }

    @Test
    void eachJarHasItsOwnLoaderButTheApiIsTheHosts() throws Exception {
        goodJar("a.jar", "demo", "circle-a");
        goodJar("b.jar", "demo", "circle-b");

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            TargetDistribution a = registry.target("circle-a").orElseThrow();
            TargetDistribution b = registry.target("circle-b").orElseThrow();
            // same class name in both jars, two classes: one loader per jar
            assertThat(a.getClass().getName()).isEqualTo(b.getClass().getName());
            assertThat(a.getClass()).isNotSameAs(b.getClass());
            assertThat(a.getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class)
                    .isNotSameAs(b.getClass().getClassLoader());
            assertThat(a.getClass().getClassLoader().loadClass(TargetDistribution.class.getName()))
                    .isSameAs(TargetDistribution.class);
        }
    }

    @Test
    void aJarThatBundlesItsOwnCopyOfTheApiStillGetsTheHostsTypes() throws IOException {
        byte[] hostPluginClass;
        try (var in = org.gansim.api.Plugin.class.getResourceAsStream("Plugin.class")) {
            hostPluginClass = in.readAllBytes();
        }
        new PluginJar("bundles-api.jar")
                .source("demo.Circle", SamplePlugins.circle("demo", "circle", "1", 1))
                .source("demo.CirclePoints", SamplePlugins.circlePoints("demo"))
                .raw("org/gansim/api/Plugin.class", hostPluginClass)
                .service(TargetDistribution.class, "demo.Circle")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(registry.target("circle")).isPresent();
        }
    }

    @Test
    void missingFoldersAreSkipped() {
        try (PluginRegistry withMissing = PluginRegistry.load(List.of(temp.resolve("nowhere")));
             PluginRegistry none = PluginRegistry.load(List.of())) {
            assertThat(withMissing.entries()).isEqualTo(none.entries());
            assertThat(external(withMissing)).isEmpty();
        }
    }

    @Test
    void aProviderWhoseClassIsMissingFailsAndTheOthersLoad() throws IOException {
        Path jar = new PluginJar("missing.jar")
                .source("demo.Plain", SamplePlugins.variant("demo", "Plain", "plain", ""))
                .service(GanVariant.class, "demo.Missing", "demo.Plain")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).containsExactly(
                    new PluginEntry(PluginKind.VARIANT, "", "", "", jar.toString(), PluginStatus.FAILED,
                            "class demo.Missing is listed in META-INF/services/org.gansim.api.GanVariant"
                                    + " but cannot be found"),
                    new PluginEntry(PluginKind.VARIANT, "plain", "plain", "1.0", jar.toString(),
                            PluginStatus.LOADED, ""));
            assertThat(registry.variant("plain")).isPresent();
        }
    }

    @Test
    void aProviderThatNeedsAClassMissingFromItsJarFails() throws IOException {
        new PluginJar("needs-helper.jar")
                .source("demo.Helper", "package demo; public class Helper { }")
                .source("demo.Needy", SamplePlugins.variant("demo", "Needy extends Helper", "needy", ""))
                .omit("demo.Helper")
                .service(GanVariant.class, "demo.Needy")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).singleElement().satisfies(e -> {
                assertThat(e.status()).isEqualTo(PluginStatus.FAILED);
                assertThat(e.error()).isEqualTo("a class it needs is missing: demo.Helper");
            });
        }
    }

    @Test
    void aThrowingConstructorFailsWithItsMessage() throws IOException {
        new PluginJar("throws.jar")
                .source("demo.Boom", SamplePlugins.variant("demo", "Boom", "boom",
                        "public Boom() { throw new IllegalStateException(\"no weights file\"); }"))
                .source("demo.Plain", SamplePlugins.variant("demo", "Plain", "plain", ""))
                .service(GanVariant.class, "demo.Boom", "demo.Plain")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).extracting(PluginEntry::status)
                    .containsExactly(PluginStatus.FAILED, PluginStatus.LOADED);
            assertThat(external(registry).get(0).error()).matches("demo.Boom could not be created:"
                    + " IllegalStateException: no weights file \\(at demo.Boom.<init>:\\d+\\)");
            assertThat(external(registry).get(1).error()).isEmpty();
        }
    }

    @Test
    void aProviderWithoutANoArgumentConstructorFails() throws IOException {
        new PluginJar("no-ctor.jar")
                .source("demo.Picky", SamplePlugins.variant("demo", "Picky", "picky", "public Picky(int size) { }"))
                .service(GanVariant.class, "demo.Picky")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).singleElement().extracting(PluginEntry::error)
                    .isEqualTo("demo.Picky has no public constructor without arguments");
        }
    }

    @Test
    void aThrowingStaticInitialiserFails() throws IOException {
        new PluginJar("static.jar")
                .source("demo.Boom", SamplePlugins.variant("demo", "Boom", "boom",
                        "static final int X = Integer.parseInt(\"x\");"))
                .service(GanVariant.class, "demo.Boom")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).singleElement().extracting(PluginEntry::error).asString().matches(
                    "demo.Boom could not be created: its static initialiser threw"
                            + " NumberFormatException: For input string: \"x\" \\(at demo.Boom.<clinit>:\\d+\\)");
        }
    }

    @Test
    void aClassOfTheWrongKindIsAServiceConfigurationError() throws IOException {
        new PluginJar("wrong-kind.jar")
                .source("demo.Circle", SamplePlugins.circle("demo", "circle", "1", 1))
                .source("demo.CirclePoints", SamplePlugins.circlePoints("demo"))
                .service(TargetDistribution.class, "demo.Circle")
                .service(GanVariant.class, "demo.Circle")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).extracting(PluginEntry::kind, PluginEntry::status, PluginEntry::error)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(PluginKind.TARGET, PluginStatus.LOADED, ""),
                            org.assertj.core.groups.Tuple.tuple(PluginKind.VARIANT, PluginStatus.FAILED,
                                    "class demo.Circle is listed in META-INF/services/org.gansim.api.GanVariant"
                                            + " but does not implement org.gansim.api.GanVariant"));
        }
    }

    @Test
    void aPluginBuiltForAnotherApiVersionIsRefused() throws IOException {
        new PluginJar("future.jar")
                .source("demo.Future", SamplePlugins.variant("demo", "Future", "future",
                        "public String version() { return \"3.0\"; }"
                                + " @Override public int apiVersion() { return 99; }")
                        .replace("public int apiVersion() { return ApiVersion.CURRENT; }", ""))
                .service(GanVariant.class, "demo.Future")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).singleElement().satisfies(e -> {
                assertThat(e.id()).isEqualTo("future");
                assertThat(e.version()).isEqualTo("3.0");
                assertThat(e.status()).isEqualTo(PluginStatus.FAILED);
                assertThat(e.error()).isEqualTo("built for plugin API version 99, but this GanSim runs"
                        + " plugins built for API version 2");
            });
            assertThat(registry.variant("future")).isEmpty();
        }
    }

    @Test
    void aPluginBuiltForApiVersion1IsToldToRebuild() throws IOException {
        new PluginJar("api1.jar")
                .source("demo.Old", SamplePlugins.variant("demo", "Old", "old",
                        "@Override public int apiVersion() { return 1; }").replace("public int apiVersion() { return ApiVersion.CURRENT; }", ""))
                .service(GanVariant.class, "demo.Old")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).singleElement().satisfies(e -> {
                assertThat(e.status()).isEqualTo(PluginStatus.FAILED);
                assertThat(e.error()).isEqualTo("built for plugin API version 1 (its classes were moved in"
                        + " version 2): rebuild it against simulator-api 2");
            });
        }
    }

    @Test
    void aPluginLinkedAgainstClassesVersion2MovedIsToldToRebuild() throws IOException {
        // A jar compiled against plugin API 1 links against org.gansim.api.training.Batch, which
        // version 2 moved to org.gansim.api: a stand-in of the old class lets it compile, and the jar
        // leaves the stand-in out, as the host's API has no such class.
        new PluginJar("api1-linked.jar")
                .source("org.gansim.api.training.Batch",
                        "package org.gansim.api.training; public final class Batch { public Batch() { } }")
                .source("demo.OldRing", """
                        package demo;
                        public final class OldRing implements TargetDistribution {
                            private static final Object EMPTY = new org.gansim.api.training.Batch();
                            public String id() { return "old-ring"; }
                            public int apiVersion() { return 1; }
                            public Sampler create(Params params) { throw new UnsupportedOperationException(); }
                        }
                        """)
                .omit("org.gansim.api.training.Batch")
                .service(TargetDistribution.class, "demo.OldRing")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).singleElement().satisfies(e -> {
                assertThat(e.status()).isEqualTo(PluginStatus.FAILED);
                assertThat(e.error()).isEqualTo("built for plugin API version 1 (its classes were moved in"
                        + " version 2; it looked for org.gansim.api.training.Batch): rebuild it against"
                        + " simulator-api 2");
            });
        }
    }

    @Test
    void aCorruptJarIsOneFailedRow() throws IOException {
        Files.createDirectories(folder());
        Path corrupt = Files.write(folder().resolve("corrupt.jar"), "not a zip at all".getBytes());
        goodJar("good.jar", "demo", "circle");

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            PluginEntry row = external(registry).get(0);
            assertThat(row.kind()).isEqualTo(PluginKind.JAR);
            assertThat(row.origin()).isEqualTo(corrupt.toString());
            assertThat(row.name()).isEqualTo("corrupt.jar");
            assertThat(row.error()).startsWith("is not a readable jar file (ZipException: ");
            assertThat(registry.target("circle")).isPresent();
        }
    }

    @Test
    void aJarWithoutServiceFilesSaysSo() throws IOException {
        new PluginJar("forgot-services.jar")
                .source("demo.Plain", SamplePlugins.variant("demo", "Plain", "plain", ""))
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).singleElement().extracting(PluginEntry::error).asString()
                    .startsWith("declares no plugins: it has no META-INF/services/ file");
        }
    }

    @Test
    void aDuplicateIdIsReportedAndTheFirstWins() throws IOException {
        Path first = goodJar("a-first.jar", "demo", "circle");
        Path second = goodJar("b-second.jar", "other", "circle");

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(registry.target("circle").orElseThrow().getClass().getName()).isEqualTo("demo.Circle");
            List<PluginEntry> failed = registry.failures();
            assertThat(failed).hasSize(3).allSatisfy(e -> assertThat(e.origin()).isEqualTo(second.toString()));
            assertThat(failed.get(0).error()).isEqualTo("duplicate id 'circle': the target with this id from "
                    + first + " is used instead");
        }
    }

    @Test
    void aPluginThatTakesABuiltInIdIsReportedAndTheBuiltInWins() throws IOException {
        Path jar = new PluginJar("my-vanilla.jar")
                .source("demo.Vanilla", SamplePlugins.variant("demo", "Vanilla", "vanilla", ""))
                .service(GanVariant.class, "demo.Vanilla")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(registry.variant("vanilla").orElseThrow().getClass().getName()).isNotEqualTo("demo.Vanilla");
            assertThat(external(registry)).singleElement().satisfies(e -> {
                assertThat(e.origin()).isEqualTo(jar.toString());
                assertThat(e.error()).isEqualTo("duplicate id 'vanilla': the built-in variant with this id is used instead");
            });
        }
    }

    @Test
    void blankIdsAndThrowingIdsFail() throws IOException {
        new PluginJar("bad-ids.jar")
                .source("demo.Blank", SamplePlugins.variant("demo", "Blank", " ", ""))
                .source("demo.Throws", SamplePlugins.variant("demo", "Throws", "x", "")
                        .replace("return \"x\";", "throw new IllegalStateException(\"no id yet\");"))
                .service(GanVariant.class, "demo.Blank", "demo.Throws")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).extracting(PluginEntry::error).hasSize(2);
            assertThat(external(registry).get(0).error()).isEqualTo("demo.Blank has a blank id");
            assertThat(external(registry).get(1).error()).matches("demo.Throws threw while describing itself:"
                    + " IllegalStateException: no id yet \\(at demo.Throws.id:\\d+\\)");
        }
    }

    @Test
    void hostInternalsAreNotVisibleToPlugins() throws IOException {
        new PluginJar("peeks.jar")
                .source("demo.Peek", SamplePlugins.variant("demo", "Peek", "peek",
                        "public String name() { return org.gansim.app.plugins.PluginFolders.userFolder().toString(); }"))
                .compileAgainst(PluginFolders.class)
                .service(GanVariant.class, "demo.Peek")
                .writeTo(folder());

        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(external(registry)).singleElement().extracting(PluginEntry::error).asString().matches(
                    "demo.Peek threw while describing itself: a class it needs is missing:"
                            + " org.gansim.app.plugins.PluginFolders \\(at demo.Peek.name:\\d+\\)");
        }
    }

    @Test
    void reloadUsesNewLoadersAndKeepsHandedOutPluginsWorking() throws IOException {
        Path jar = goodJar("circle.jar", "demo", "circle");
        PluginRegistry before = PluginRegistry.load(List.of(folder()));
        TargetDistribution old = before.target("circle").orElseThrow();
        Sampler oldSampler = old.create(Params.defaults(old.params()));   // CirclePoints not loaded yet

        // the teacher replaces the jar with a new version and adds another one
        Files.delete(jar);
        new PluginJar("circle.jar")
                .source("demo.Circle", SamplePlugins.circle("demo", "circle", "2.2", 3))
                .source("demo.CirclePoints", SamplePlugins.circlePoints("demo"))
                .service(TargetDistribution.class, "demo.Circle")
                .writeTo(folder());
        goodJar("more.jar", "more", "more");

        try (PluginRegistry after = before.reload()) {
            TargetDistribution fresh = after.target("circle").orElseThrow();
            assertThat(fresh.getClass().getClassLoader()).isNotSameAs(old.getClass().getClassLoader());
            assertThat(fresh.version()).isEqualTo("2.2");
            assertThat(after.target("more")).isPresent();
            assertThat(after.pluginDirs()).isEqualTo(before.pluginDirs());

            // the old plugin still samples, with its old class, after its jar was closed
            double[] p = oldSampler.sample(1, new SplittableRandom(3)).points();
            assertThat(Math.hypot(p[0], p[1])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
            Sampler freshSampler = fresh.create(Params.defaults(fresh.params()));
            double[] q = freshSampler.sample(1, new SplittableRandom(3)).points();
            assertThat(Math.hypot(q[0], q[1])).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-12));
        }
        // the closed loader no longer holds the jar open: it can be deleted and written again
        Files.delete(folder().resolve("circle.jar"));
    }

    @Test
    void aSingleJarPathLoadsThatJar() throws IOException {
        Path jar = goodJar("circle.jar", "demo", "circle");
        try (PluginRegistry registry = PluginRegistry.load(List.of(jar))) {
            assertThat(registry.target("circle")).isPresent();
            assertThat(registry.visualizations()).extracting(Visualization::id).contains("circle-view");
        }
    }
}
