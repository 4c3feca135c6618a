package org.gansim.app.ui;

import java.awt.Dimension;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.gansim.api.ApiVersion;
import org.gansim.app.plugins.PluginManager;

/** The Help menu's windows: the concepts, the keyboard shortcuts and About. */
final class HelpDialogs {

    /** The ideas the app shows, in a few lines each, for a student meeting them the first time. */
    static final String CONCEPTS = """
            The game
              A generator G turns random noise z into points; a discriminator D guesses, for each point,
              the chance that it is real. D trains to tell them apart, then G trains to fool the new D.

            Equilibrium
              For a fixed G the best D says p_data / (p_data + p_g) at each point. When G has learned the
              data, that is 1/2 everywhere, and the vanilla D loss settles at 2 ln 2 = 1.386.

            Non-saturating loss
              Early on D rejects fakes easily and log(1 - D(G(z))) is flat, so G learns almost nothing.
              Maximising log D(G(z)) instead gives G a strong push from the start.

            Mode collapse
              G puts all its points on one or a few modes that fool D, and may hop from mode to mode.
              PacGAN (D judges several samples at once), the unrolled GAN and WGAN-GP fight it.

            D overpowering G
              D tells real from fake almost every time, so its output on fakes sits near 0 where the
              sigmoid is flat, and G gets almost no gradient. Lower D's learning rate or its steps.

            Oscillation
              G and D chase each other: G moves to where D is weak, D follows, and the losses swing up and
              down without settling. Smaller learning rates, Adam's beta1 lower, or WGAN-GP calm it.

            Divergence
              A value became NaN or infinite, usually from a learning rate too large; training pauses.

            Wasserstein GAN
              A critic scores points instead of judging them; its gap between real and fake estimates
              the earth mover's distance, which still gives G a useful slope when the two do not overlap.
              Weight clipping or a gradient penalty keeps the critic smooth.

            Conditional GAN
              G and D both see a class label, so you can ask G for a point of one class.
            """;

    private HelpDialogs() {
    }

    static void concepts(JFrame owner) {
        show(owner, "Concepts", CONCEPTS, "conceptsText");
    }

    /** Help → Concepts with the caret and view at {@code heading}, e.g. "Mode collapse". */
    static void concepts(JFrame owner, String heading) {
        show(owner, "Concepts", CONCEPTS, "conceptsText", Math.max(0, CONCEPTS.indexOf(heading)));
    }

    static void shortcuts(JFrame owner, List<String> lines) {
        show(owner, "Keyboard shortcuts", String.join("\n", lines), "shortcutsText");
    }

    static void about(JFrame owner, PluginManager plugins) {
        show(owner, "About GanSim", aboutText(plugins), "aboutText");
    }

    /** Versions, the plugin API and the plugin folders. */
    static String aboutText(PluginManager plugins) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        return "GanSim " + (version == null ? "(development build)" : version) + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "Plugin API version " + ApiVersion.CURRENT + " (plugins of API " + ApiVersion.supportedRange()
                + " load)\n\n"
                + "Plugins are read from:\n"
                + plugins.folders().stream().map(Path::toString).map(f -> "  " + f).collect(Collectors.joining("\n"))
                + "\n  and the built-in plugins on the class path\n\n"
                + "Plugins loaded: " + plugins.registry().entries().size();
    }

    private static void show(JFrame owner, String title, String text, String name) {
        show(owner, title, text, name, 0);
    }

    private static void show(JFrame owner, String title, String text, String name, int caret) {
        JTextArea area = new JTextArea(text);
        area.setName(name);
        area.setEditable(false);
        area.setCaretPosition(caret);
        JScrollPane scroll = new JScrollPane(area);
        scroll.setPreferredSize(new Dimension(640, 380));
        JOptionPane.showMessageDialog(owner, scroll, title, JOptionPane.PLAIN_MESSAGE);
    }
}
