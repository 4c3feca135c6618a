package org.gansim.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins whose constructor never returns, or whose parameters cannot be used, are FAILED rows with
 * the reason, and every other plugin (of the same jar too) still loads.
 */
class PluginWatchdogTest {

    @TempDir
    Path temp;

    private Path folder() {
        return temp.resolve("plugins");
    }

    private static String spinningTarget(String where) {
        return """
                package hang;
                public final class Spin implements TargetDistribution {
                    %s
                    public Spin() { %s }
                    public String id() { return "spin"; }
                    public int apiVersion() { return ApiVersion.CURRENT; }
                    public Sampler create(Params params) { throw new UnsupportedOperationException(); }
                }
                """.formatted(where.equals("static") ? "static { spin(); } static void spin() { while (!Thread.currentThread().isInterrupted()) { Thread.onSpinWait(); } }" : "",
                where.equals("constructor") ? "while (!Thread.currentThread().isInterrupted()) { Thread.onSpinWait(); }" : "");
    }

    private void jarWithSpinningTarget(String where) throws IOException {
        new PluginJar("hang.jar")
                .source("hang.Spin", spinningTarget(where))
                .source("hang.Circle", SamplePlugins.circle("hang", "circle", "1.0", 1))
                .source("hang.CirclePoints", SamplePlugins.circlePoints("hang"))
                .source("hang.Plain", SamplePlugins.variant("hang", "Plain", "plain", ""))
                // the spinning one first, so the others come after it in the same service file
                .service(TargetDistribution.class, "hang.Spin")
                .service(TargetDistribution.class, "hang.Circle")
                .service(GanVariant.class, "hang.Plain")
                .writeTo(folder());
    }

    @Test
    @Timeout(30)
    void aConstructorThatNeverReturnsIsFailedAndTheRestLoads() throws IOException {
        jarWithSpinningTarget("constructor");
        long started = System.nanoTime();
        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()),
                PluginRegistry.class.getClassLoader(), Duration.ofSeconds(1))) {
            assertThat((System.nanoTime() - started) / 1e9).isLessThan(10);
            PluginEntry spin = registry.failures().stream()
                    .filter(e -> e.error().startsWith("hang.Spin")).findFirst().orElseThrow();
            assertThat(spin.status()).isEqualTo(PluginStatus.FAILED);
            assertThat(spin.error()).contains("hang.Spin did not finish creating within 1 s");
            assertThat(registry.target("circle")).isPresent();
            assertThat(registry.variant("plain")).isPresent();
            assertThat(registry.target("ring8")).as("built-ins still load").isPresent();
        }
    }

    @Test
    @Timeout(30)
    void aStaticInitialiserThatNeverReturnsIsFailedToo() throws IOException {
        jarWithSpinningTarget("static");
        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()),
                PluginRegistry.class.getClassLoader(), Duration.ofSeconds(1))) {
            assertThat(registry.failures()).extracting(PluginEntry::error)
                    .anyMatch(e -> e.contains("did not finish creating within 1 s"));
            assertThat(registry.target("circle")).isPresent();
        }
    }

    @Test
    void paramsThatThrowOrADefaultOutsideItsRangeAreFailedNamingTheReason() throws IOException {
        new PluginJar("bad-params.jar")
                .source("bad.Thrower", SamplePlugins.variant("bad", "Thrower", "thrower",
                        "public List<ParamSpec> params() { throw new IllegalStateException(\"no params today\"); }"))
                .source("bad.OutOfRange", SamplePlugins.variant("bad", "OutOfRange", "out-of-range",
                        "public List<ParamSpec> params() { return List.of(ParamSpec.integer(\"modes\", \"Modes\","
                                + " 100, 1, 10)); }"))
                .service(GanVariant.class, "bad.Thrower")
                .service(GanVariant.class, "bad.OutOfRange")
                .writeTo(folder());
        try (PluginRegistry registry = PluginRegistry.load(List.of(folder()))) {
            assertThat(registry.variant("thrower")).isEmpty();
            assertThat(registry.variant("out-of-range")).isEmpty();
            assertThat(registry.failures()).filteredOn(e -> e.id().equals("thrower")).singleElement()
                    .extracting(PluginEntry::error).asString()
                    .contains("params() failed with IllegalStateException: no params today");
            assertThat(registry.failures()).filteredOn(e -> e.id().equals("out-of-range")).singleElement()
                    .extracting(PluginEntry::error).asString()
                    .contains("params() failed").contains("default 100 is outside 1..10");
        }
    }

    @Test
    void theLimitComesFromTheSystemPropertyWhenItIsAPositiveNumber() {
        String before = System.getProperty(PluginWatchdog.LIMIT_PROPERTY);
        try {
            System.setProperty(PluginWatchdog.LIMIT_PROPERTY, "3");
            assertThat(PluginWatchdog.creationLimit()).isEqualTo(Duration.ofSeconds(3));
            System.setProperty(PluginWatchdog.LIMIT_PROPERTY, "soon");
            assertThat(PluginWatchdog.creationLimit()).isEqualTo(PluginWatchdog.DEFAULT_LIMIT);
        } finally {
            if (before == null) {
                System.clearProperty(PluginWatchdog.LIMIT_PROPERTY);
            } else {
                System.setProperty(PluginWatchdog.LIMIT_PROPERTY, before);
            }
        }
    }
}
