package org.gansim.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.views.PlaneTesting.FormulaGan;
import org.junit.jupiter.api.Test;

class ArchitectureDiagramTest {

    @Test
    void showsTheMeanVerdictsAsPercentagesAndHighlightsTheNetworkBeingUpdated() throws Exception {
        // D = 0.8 everywhere: 80 % on real and on fake.
        FormulaGan gan = new FormulaGan(true, (x, y) -> 0.8, (x, y) -> new double[] {0, 0}, z -> z);
        Snapshot s = PlaneTesting.snapshot(gan, 0, 0, 1, 1);
        ArchitectureDiagram[] d = new ArchitectureDiagram[1];
        PlaneTesting.onEdt(() -> {
            d[0] = new ArchitectureDiagram(PlaneTesting.ring());
            d[0].setSize(640, 320);
            d[0].show(s);
        });
        long deadline = System.nanoTime() + 10_000_000_000L;
        boolean[] ready = {false};
        while (!ready[0] && System.nanoTime() < deadline) {
            Thread.sleep(10);
            PlaneTesting.onEdt(() -> ready[0] = d[0].ready() && d[0].verdicts() != null);
        }
        assertEquals("80%", ArchitectureDiagram.percentOrScore(Verdicts.mean(d[0].verdicts().onReal()), true));
        assertEquals(Math.log(0.8) + Math.log(0.2), d[0].verdicts().objective(), 1e-12);
        int plain = highlightPixels(d[0]);
        PlaneTesting.onEdt(() -> d[0].setUpdating(ArchitectureDiagram.Updating.GENERATOR));
        int highlighted = highlightPixels(d[0]);
        assertTrue(highlighted > plain + 100, "the generator's box is outlined: " + plain + " -> " + highlighted);
    }

    @Test
    void theViewsShowUpdatingDrivesTheHighlightSoTheSlowMotionWalkCanPointAtAPlayer() throws Exception {
        FormulaGan gan = new FormulaGan(true, (x, y) -> 0.8, (x, y) -> new double[] {0, 0}, z -> z);
        Snapshot s = PlaneTesting.snapshot(gan, 0, 0, 1, 1);
        View[] view = new View[1];
        PlaneTesting.onEdt(() -> {
            view[0] = new ArchitectureVisualization().create(PlaneTesting.ring());
            view[0].component().setSize(640, 320);
            view[0].show(s);
        });
        ArchitectureDiagram diagram = (ArchitectureDiagram) view[0].component();
        long deadline = System.nanoTime() + 10_000_000_000L;
        boolean[] ready = {false};
        while (!ready[0] && System.nanoTime() < deadline) {
            Thread.sleep(10);
            PlaneTesting.onEdt(() -> ready[0] = diagram.ready() && diagram.verdicts() != null);
        }
        int plain = highlightPixels(diagram);
        PlaneTesting.onEdt(() -> view[0].showUpdating(View.Player.DISCRIMINATOR));
        int highlighted = highlightPixels(diagram);
        assertTrue(highlighted > plain + 100, "D's box is outlined: " + plain + " -> " + highlighted);
        PlaneTesting.onEdt(() -> view[0].showUpdating(View.Player.NONE));
        assertEquals(plain, highlightPixels(diagram), "the highlight goes when the walk ends");
        PlaneTesting.onEdt(() -> view[0].dispose());
    }

    @Test
    void theVariantsOwnGameIsWrittenOutWhenItGivesOne() {
        org.gansim.api.ViewContext ring = PlaneTesting.ring();
        assertTrue(ArchitectureDiagram.formula(ring, true).startsWith("min_G max_D  V(D, G)"));
        assertTrue(ArchitectureDiagram.formula(ring, false).startsWith("min_G max_C"));
        org.gansim.api.ViewContext hinge = new org.gansim.api.ViewContext(ring.dataDim(), ring.classes(),
                ring.latentDim(), ring.bounds(), ring.modes(), ring.targetName(), "Hinge-loss GAN", ring.density(),
                "D: min E[max(0, 1 \u2212 D(x))] + E[max(0, 1 + D(G(z)))]    G: min \u2212E[D(G(z))]");
        assertEquals(hinge.objective(), ArchitectureDiagram.formula(hinge, true));
    }

    private static int highlightPixels(ArchitectureDiagram diagram) throws Exception {
        BufferedImage image = new BufferedImage(640, 320, BufferedImage.TYPE_INT_RGB);
        PlaneTesting.onEdt(() -> {
            Graphics2D g = image.createGraphics();
            diagram.paint(g);
            g.dispose();
        });
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                n += Math.abs(c.getRed() - 0xD5) + Math.abs(c.getGreen() - 0x5E) + Math.abs(c.getBlue()) < 40 ? 1 : 0;
            }
        }
        return n;
    }
}
