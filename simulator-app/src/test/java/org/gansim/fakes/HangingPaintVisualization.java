package org.gansim.fakes;

import java.awt.Graphics;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.gansim.api.ApiVersion;
import org.gansim.api.Snapshot;
import org.gansim.api.View;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;

/**
 * A fake view whose painting does not return while the system property {@value #ARMED} is
 * {@code true}: set on a child JVM's command line, it never returns; in the test's own JVM, clearing
 * the property lets the stuck painting end. (A system property, because a plugin jar loads its own
 * copy of this class, with its own static fields.) While the property is {@value #LATER}, the view
 * paints normally but each snapshot queues a task of its own on the Swing thread that does not
 * return: code the host never calls itself.
 */
public final class HangingPaintVisualization implements Visualization {

    public static final String ARMED = "hanging-paint.armed";
    public static final String LATER = "later";

    @Override
    public String id() {
        return "hanging-paint";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public View create(ViewContext context) {
        JPanel panel = new JPanel() {
            @Override
            protected void paintComponent(Graphics g) {
                super.paintComponent(g);
                while (Boolean.getBoolean(ARMED)) {
                    pause(); // as an endless loop would, it ignores interruption
                }
            }
        };
        return new View() {
            @Override
            public JComponent component() {
                return panel;
            }

            @Override
            public void show(Snapshot snapshot) {
                panel.repaint();
                if (LATER.equals(System.getProperty(ARMED))) {
                    javax.swing.SwingUtilities.invokeLater(() -> {
                        while (LATER.equals(System.getProperty(ARMED))) {
                            pause();
                        }
                    });
                }
            }
        };
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            // ignored on purpose
        }
    }
}
