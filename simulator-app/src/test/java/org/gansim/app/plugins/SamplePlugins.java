package org.gansim.app.plugins;

/**
 * Sources of small plugins, good and broken, for the jars the tests write.
 */
public final class SamplePlugins {

    private SamplePlugins() {
    }

    /**
     * A target distribution: points on a circle of the given radius, drawn with a helper class the
     * sampler only loads when it first samples (to prove a reloaded jar's plugin keeps working).
     */
    public static String circle(String packageName, String id, String version, double radius) {
        return """
                package %1$s;
                public final class Circle implements TargetDistribution {
                    public String id() { return "%2$s"; }
                    public int apiVersion() { return ApiVersion.CURRENT; }
                    public String name() { return "Circle %2$s"; }
                    public String version() { return "%3$s"; }
                    public List<ParamSpec> params() {
                        return List.of(ParamSpec.decimal("radius", "Radius", %4$s, 0.1, 10));
                    }
                    public Sampler create(Params params) {
                        double r = params.getDouble("radius");
                        return new Sampler() {
                            public int dimension() { return 2; }
                            public Batch sample(int n, RandomGenerator rng) {
                                return CirclePoints.draw(n, r, rng);
                            }
                            public PlotBounds bounds() { return PlotBounds.square(r * 1.5); }
                        };
                    }
                }
                """.formatted(packageName, id, version, radius);
    }

    /** The helper {@link #circle} samples with. */
    public static String circlePoints(String packageName) {
        return """
                package %s;
                final class CirclePoints {
                    static Batch draw(int n, double r, RandomGenerator rng) {
                        double[] p = new double[2 * n];
                        for (int i = 0; i < n; i++) {
                            double a = 2 * Math.PI * rng.nextDouble();
                            p[2 * i] = r * Math.cos(a);
                            p[2 * i + 1] = r * Math.sin(a);
                        }
                        return Batch.of(2, p);
                    }
                }
                """.formatted(packageName);
    }

    /** A variant that only describes itself (creating one is not needed to list it). */
    static String variant(String packageName, String className, String id, String body) {
        return """
                package %1$s;
                public class %2$s implements GanVariant {
                    public String id() { return "%3$s"; }
                    public int apiVersion() { return ApiVersion.CURRENT; }
                    public Gan create(GanSetup setup) { throw new UnsupportedOperationException("not trainable"); }
                    %4$s
                }
                """.formatted(packageName, className, id, body);
    }

    /** A view that shows the step in a label. */
    static String view(String packageName, String id) {
        return """
                package %1$s;
                import javax.swing.*;
                public final class StepView implements Visualization {
                    public String id() { return "%2$s"; }
                    public int apiVersion() { return ApiVersion.CURRENT; }
                    public View create(ViewContext context) {
                        JLabel label = new JLabel();
                        return new View() {
                            public JComponent component() { return label; }
                            public void show(Snapshot s) { label.setText("Step " + s.step()); }
                        };
                    }
                }
                """.formatted(packageName, id);
    }
}
