package org.gansim.samples;

import java.awt.Graphics;
import javax.swing.JComponent;
import javax.swing.JLabel;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.ViewContext;

/** Views that each get one thing wrong, for the kit's own tests. */
public final class BrokenViews {

    private BrokenViews() {
    }

    /** Throws while painting 2-D data. */
    public static class ThrowsWhenPainting extends DotsView {
        @Override
        public View create(ViewContext context) {
            return new Dots(context.bounds()) {
                @Override
                protected void paintComponent(Graphics g) {
                    if (context.dataDim() == 2) {
                        throw new IllegalStateException("no colour for class 3");
                    }
                    super.paintComponent(g);
                }
            };
        }
    }

    /** Reads the latest step of an empty history. */
    public static class NeedsAHistory extends DotsView {
        @Override
        public View create(ViewContext context) {
            return new Dots(context.bounds()) {
                @Override
                public void show(Snapshot snapshot) {
                    setToolTipText("step " + snapshot.history().step(snapshot.history().size() - 1));
                    super.show(snapshot);
                }
            };
        }
    }

    /** Makes a new component on every call. */
    public static class NewComponentEachTime extends DotsView {
        @Override
        public View create(ViewContext context) {
            return new View() {
                @Override
                public JComponent component() {
                    return new JLabel("step");
                }

                @Override
                public void show(Snapshot snapshot) {
                }
            };
        }
    }

    /** Supports nothing. */
    public static class SupportsNothing extends DotsView {
        @Override
        public boolean supports(ViewContext context) {
            return false;
        }
    }

    /** Saves a setting it then ignores: a reopened experiment would not look as it was saved. */
    public static class ForgetsItsSettings extends DotsView {
        @Override
        public View create(ViewContext context) {
            JLabel label = new JLabel("dots");
            return new View() {
                private String points = "500";

                @Override
                public JComponent component() {
                    return label;
                }

                @Override
                public void show(Snapshot snapshot) {
                }

                @Override
                public java.util.Map<String, String> settings() {
                    return java.util.Map.of("points", points, "saved_at", String.valueOf(System.nanoTime()));
                }

                @Override
                public void applySettings(java.util.Map<String, String> settings) {
                    points = settings.getOrDefault("points", points);
                }
            };
        }
    }
}
