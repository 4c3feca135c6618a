package org.gansim.app.plugins;

import java.io.IOException;
import java.nio.file.Path;
import org.gansim.api.GanVariant;
import org.gansim.api.TargetDistribution;

/** Ready-made plugin jars for tests outside this package (the dialog, the commands). */
public final class TestPluginJars {

    private TestPluginJars() {
    }

    /** A jar with one good target, "Circle {id}", version 1.0. */
    public static Path circle(Path folder, String fileName, String id) throws IOException {
        return circle(folder, fileName, id, "1.0", 1);
    }

    /** A jar with one good target: points on a circle, with a "radius" parameter of this default. */
    public static Path circle(Path folder, String fileName, String id, String version, double radius)
            throws IOException {
        return new PluginJar(fileName)
                .source("demo.Circle", SamplePlugins.circle("demo", id, version, radius))
                .source("demo.CirclePoints", SamplePlugins.circlePoints("demo"))
                .service(TargetDistribution.class, "demo.Circle")
                .writeTo(folder);
    }

    /** A jar with one variant whose constructor throws "no weights file". */
    public static Path throwingVariant(Path folder, String fileName) throws IOException {
        return new PluginJar(fileName)
                .source("demo.Boom", SamplePlugins.variant("demo", "Boom", "boom",
                        "public Boom() { throw new IllegalStateException(\"no weights file\"); }"))
                .service(GanVariant.class, "demo.Boom")
                .writeTo(folder);
    }
}
