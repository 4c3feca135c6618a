package org.gansim.fakes;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;
import org.gansim.api.Visualization;

/**
 * Writes the fake plugins of this package into a real plugin jar, so tests can hand them to the app
 * the way a teacher would: with {@code --plugin-dir}.
 */
public final class FakePluginJar {

    private FakePluginJar() {
    }

    /** Writes {@code fakes.jar} into {@code folder} and returns its path. */
    public static Path writeTo(Path folder) throws IOException {
        return write(folder.resolve("fakes.jar"), List.of(TargetDistribution.class, GanVariant.class,
                Visualization.class), List.of(BlobTarget.class, DriftVariant.class, BrokenPaintVisualization.class));
    }

    /**
     * Writes a jar of this package's classes that lists one provider only, e.g. a target whose
     * constructor never returns.
     */
    public static Path writeWithOnly(Path jar, Class<?> kind, Class<?> provider) throws IOException {
        return write(jar, List.of(kind), List.of(provider));
    }

    private static Path write(Path jar, List<Class<?>> kinds, List<Class<?>> providers) throws IOException {
        Path classes;
        try {
            classes = Path.of(FakePluginJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes.resolve("org/gansim/fakes"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            for (int i = 0; i < kinds.size(); i++) {
                service(out, kinds.get(i), providers.get(i));
            }
        }
        return jar;
    }

    private static void service(JarOutputStream out, Class<?> kind, Class<?> provider) throws IOException {
        out.putNextEntry(new JarEntry("META-INF/services/" + kind.getName()));
        OutputStream o = out;
        o.write((provider.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    /** The ids of the fakes, for tests that list them. */
    public static List<String> ids() {
        return List.of("blob", "drift", "broken-paint");
    }
}
