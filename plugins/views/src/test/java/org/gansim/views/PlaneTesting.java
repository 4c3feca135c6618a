package org.gansim.views;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import org.gansim.api.Batch;
import org.gansim.api.FrozenGan;
import org.gansim.api.History;
import org.gansim.api.Snapshot;
import org.gansim.api.ViewContext;
import org.gansim.api.testkit.Snapshots;

/** Fake GANs given by formulas, snapshots around them, and painting a canvas once its layers arrived. */
final class PlaneTesting {

    private PlaneTesting() {
    }

    /**
     * A 2-D frozen GAN: {@code d} gives D at (x, y), {@code gradient} its input gradient, {@code g} maps
     * a latent vector to a point.
     */
    record FormulaGan(boolean discriminatorIsProbability, BiFunction<Double, Double, Double> d,
                      BiFunction<Double, Double, double[]> gradient, Function<double[], double[]> g)
            implements FrozenGan {

        @Override
        public int dataDim() {
            return 2;
        }

        @Override
        public int latentDim() {
            return 2;
        }

        @Override
        public int classes() {
            return 0;
        }

        @Override
        public double[] generate(Batch latent) {
            double[] out = new double[2 * latent.size()];
            for (int i = 0; i < latent.size(); i++) {
                double[] p = g.apply(new double[] {latent.get(i, 0), latent.get(i, 1)});
                out[2 * i] = p[0];
                out[2 * i + 1] = p[1];
            }
            return out;
        }

        @Override
        public double[] discriminate(Batch points) {
            double[] out = new double[points.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = d.apply(points.get(i, 0), points.get(i, 1));
            }
            return out;
        }

        @Override
        public double[] discriminatorGradient(Batch points) {
            double[] out = new double[2 * points.size()];
            for (int i = 0; i < points.size(); i++) {
                double[] p = gradient.apply(points.get(i, 0), points.get(i, 1));
                out[2 * i] = p[0];
                out[2 * i + 1] = p[1];
            }
            return out;
        }
    }

    /** A snapshot of {@code gan} whose only generated points come from the latent vectors {@code z}. */
    static Snapshot snapshot(FrozenGan gan, double... z) {
        Batch latent = Batch.of(2, z);
        Batch generated = Batch.of(2, gan.generate(latent));
        Snapshot template = Snapshots.at(Snapshots.context(2, 0), 1);
        return new Snapshot(1, History.empty(), Batch.of(2, new double[] {0, 0}), latent, generated, gan,
                template.params(), false, 0);
    }

    static ViewContext ring() {
        return Snapshots.context(2, 0);
    }

    /** Shows the snapshot, waits for the layers, paints the canvas at the given size. */
    static BufferedImage paint(PlaneCanvas canvas, Snapshot snapshot, int width, int height) throws Exception {
        onEdt(() -> {
            canvas.setSize(width, height);
            canvas.show(snapshot);
        });
        awaitLayers(canvas);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        onEdt(() -> {
            Graphics2D g = image.createGraphics();
            canvas.paint(g);
            g.dispose();
        });
        return image;
    }

    static void awaitLayers(PlaneCanvas canvas) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        boolean[] ready = {false};
        while (!ready[0]) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the data space's layers did not arrive within 10 s");
            }
            Thread.sleep(5);
            onEdt(() -> ready[0] = canvas.layersReady() && canvas.layers() != null);
        }
    }

    static void onEdt(Runnable r) throws InterruptedException, InvocationTargetException {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeAndWait(r);
        }
    }

    /** A canvas on {@code context} with only {@code layer} switched on and no legend. */
    static PlaneCanvas only(ViewContext context, PlaneLayer layer) throws Exception {
        PlaneCanvas[] canvas = new PlaneCanvas[1];
        onEdt(() -> {
            canvas[0] = new PlaneCanvas(context);
            for (PlaneLayer other : PlaneLayer.values()) {
                if (other != layer) {
                    canvas[0].toggle(other);
                }
            }
            canvas[0].setLegendShown(false);
        });
        return canvas[0];
    }
}
