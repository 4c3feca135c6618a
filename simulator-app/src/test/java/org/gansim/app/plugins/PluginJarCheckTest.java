package org.gansim.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.Visualization;
import org.gansim.api.testkit.CheckResult;
import org.gansim.api.testkit.ContractReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grader loads one real jar on its own and runs the whole contract on each of its plugins. */
class PluginJarCheckTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private PluginJar circleAndView(String jarName, String targetId) {
        return new PluginJar(jarName)
                .source("demo.Circle", SamplePlugins.circle("demo", targetId, "1.0", 1))
                .source("demo.CirclePoints", SamplePlugins.circlePoints("demo"))
                .source("demo.StepView", SamplePlugins.view("demo", "step-label"))
                .service(TargetDistribution.class, "demo.Circle")
                .service(Visualization.class, "demo.StepView");
    }

    @Test
    void aGoodJarPassesEveryCheckOfEveryPlugin() throws IOException {
        Path jar = circleAndView("good.jar", "circle").writeTo(temp);

        PluginJarCheck.Result result = PluginJarCheck.check(jar, LIMIT);

        assertThat(result.passed()).as(result.toText()).isTrue();
        assertThat(result.reports()).extracting(ContractReport::kind, ContractReport::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("target", "circle"),
                        org.assertj.core.groups.Tuple.tuple("view", "step-label"));
        assertThat(result.reports().get(0).results().get(0)).isEqualTo(CheckResult.pass(PluginJarCheck.LOADS));
        assertThat(result.toText()).startsWith("Checking plugin jar " + jar + "\n\ntarget circle: all 14 checks passed\n"
                + "  PASS  loads in the host\n  PASS  id is non-blank and lower case\n")
                .endsWith("2 plugins checked: 2 passed, 0 failed (0 of 26 checks failed).\nPASSED\n");
    }

    @Test
    void aVariantThatCannotTrainFailsItsChecksWithReasons() throws IOException {
        Path jar = new PluginJar("untrainable.jar")
                .source("demo.Plain", SamplePlugins.variant("demo", "Plain", "plain", ""))
                .service(GanVariant.class, "demo.Plain")
                .writeTo(temp);

        PluginJarCheck.Result result = PluginJarCheck.check(jar, LIMIT);

        assertThat(result.passed()).isFalse();
        ContractReport report = result.reports().get(0);
        assertThat(report.failures()).extracting(CheckResult::check).contains("creates a GAN from the defaults",
                "discriminator tells real from fake", "generator steps fool the held discriminator");
        assertThat(report.failures().get(0).message()).matches("the plugin threw UnsupportedOperationException:"
                + " not trainable \\(at demo.Plain.create:\\d+\\)");
        assertThat(result.toText()).endsWith("1 plugin checked: 0 passed, 1 failed (10 of 17 checks failed).\nFAILED\n");
    }

    @Test
    void aProviderThatCannotBeLoadedFailsTheFirstCheckAndTheOthersAreStillChecked() throws IOException {
        Path jar = circleAndView("mixed.jar", "circle")
                .source("demo.Boom", SamplePlugins.variant("demo", "Boom", "boom",
                        "public Boom() { throw new IllegalStateException(\"no weights file\"); }"))
                .service(GanVariant.class, "demo.Boom")
                .writeTo(temp);

        PluginJarCheck.Result result = PluginJarCheck.check(jar, LIMIT);

        assertThat(result.reports()).hasSize(3);
        assertThat(result.reports().get(1).subject()).isEqualTo("(not loaded)");
        assertThat(result.reports().get(1).results()).singleElement().satisfies(r -> {
            assertThat(r.check()).isEqualTo(PluginJarCheck.LOADS);
            // the student's own class, method and line
            assertThat(r.message()).matches("demo.Boom could not be created: IllegalStateException: no weights file"
                    + " \\(at demo.Boom.<init>:\\d+\\)");
        });
        assertThat(result.reports().get(0).passed()).isTrue();
        assertThat(result.reports().get(2).passed()).isTrue();
        assertThat(result.passed()).isFalse();
    }

    @Test
    void anIdTakenByABuiltInFails() throws IOException {
        Path jar = circleAndView("ring.jar", "ring8").writeTo(temp);

        ContractReport report = PluginJarCheck.check(jar, LIMIT).reports().get(0);

        assertThat(report.failures()).containsExactly(CheckResult.fail("id is not taken by a built-in target",
                "GanSim already has a built-in target with id 'ring8', which the app would use instead: choose another id"));
    }

    @Test
    void aCorruptJarFailsAsOneReport() throws IOException {
        Path jar = Files.write(temp.resolve("homework.jar"), new byte[] {1, 2, 3});

        PluginJarCheck.Result result = PluginJarCheck.check(jar, LIMIT);

        assertThat(result.passed()).isFalse();
        assertThat(result.toText()).isEqualTo("Checking plugin jar " + jar + "\n\n"
                + "jar homework.jar: 1 of 1 checks failed\n"
                + "  FAIL  jar can be read: is not a readable jar file (ZipException: zip END header not found)\n\n"
                + "1 plugin checked: 0 passed, 1 failed (1 of 1 checks failed).\nFAILED\n");
    }
}
