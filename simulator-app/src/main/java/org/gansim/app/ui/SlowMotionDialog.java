package org.gansim.app.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.gansim.api.View.Player;
import org.gansim.app.session.SlowMotionTour;

/**
 * A small window beside the main one that walks through one D update and one G update stage by
 * stage ({@link SlowMotionTour}); → or . goes forward, ← or , goes back. Not modal: the views stay
 * visible, and they move when an update stage is reached.
 *
 * <p>Swing thread only.
 */
final class SlowMotionDialog extends JDialog {

    private final SlowMotionTour tour;
    private final JLabel position = new JLabel();
    private final JLabel title = new JLabel();
    private final JTextArea sentence = new JTextArea(6, 26);
    private final JLabel note = new JLabel(" ");

    /**
     * @param owner             the main window
     * @param stepDiscriminator performs the Simulation's Step D
     * @param stepGenerator     performs the Simulation's Step G
     * @param highlight         tells the views which network the walk is on
     * @param objective         the variant's game in one line, for the loss stages; empty for the original GAN's
     */
    SlowMotionDialog(Window owner, Runnable stepDiscriminator, Runnable stepGenerator,
                     java.util.function.Consumer<Player> highlight, String objective) {
        super(owner, "Slow motion: one training round", ModalityType.MODELESS);
        this.tour = new SlowMotionTour(stepDiscriminator, stepGenerator, highlight, objective);
        setName("slowMotionDialog");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        position.setName("slowMotionPosition");
        title.setName("slowMotionTitle");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 3f));
        sentence.setName("slowMotionSentence");
        sentence.setEditable(false);
        sentence.setFocusable(false);
        sentence.setLineWrap(true);
        sentence.setWrapStyleWord(true);
        sentence.setOpaque(false);
        sentence.setBorder(BorderFactory.createEmptyBorder());
        note.setName("slowMotionNote");
        note.setFont(note.getFont().deriveFont(Font.ITALIC));

        JButton back = new JButton("\u2190 Back");
        back.setName("slowMotionBack");
        back.setToolTipText("The previous stage (\u2190 or ,); never undoes training.");
        back.addActionListener(e -> back());
        JButton next = new JButton("Next \u2192");
        next.setName("slowMotionNext");
        next.setToolTipText("The next stage (\u2192 or .); reaching an update stage trains that network once.");
        next.addActionListener(e -> forward());

        JPanel content = new JPanel(new MigLayout("insets 12, wrap 1, fillx", "[grow, fill]"));
        content.add(position);
        content.add(title);
        content.add(sentence);
        content.add(note);
        JPanel buttons = new JPanel(new MigLayout("insets 0", "push[][]"));
        buttons.add(back);
        buttons.add(next);
        content.add(buttons);
        JLabel keys = new JLabel("Keys: \u2192 or . forward, \u2190 or , back.");
        keys.setFont(keys.getFont().deriveFont(keys.getFont().getSize2D() - 1f));
        content.add(keys);
        setContentPane(content);
        bindKeys(content);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                tour.close();
            }
        });
        refresh();
        pack();
        // Over the parameters in the lower left, not over the views that are about to move.
        setLocation(owner.getX() + 12, Math.max(owner.getY(), owner.getY() + owner.getHeight() - getHeight() - 40));
    }

    private void bindKeys(JComponent content) {
        var inputs = content.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        inputs.put(KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, 0), "forward");
        inputs.put(KeyStroke.getKeyStroke(KeyEvent.VK_PERIOD, 0), "forward");
        inputs.put(KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, 0), "back");
        inputs.put(KeyStroke.getKeyStroke(KeyEvent.VK_COMMA, 0), "back");
        content.getActionMap().put("forward", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                forward();
            }
        });
        content.getActionMap().put("back", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                back();
            }
        });
    }

    private void forward() {
        tour.forward();
        refresh();
    }

    private void back() {
        tour.back();
        refresh();
    }

    private void refresh() {
        SlowMotionTour.Stage stage = tour.current();
        position.setText("Stage " + (tour.index() + 1) + " of " + tour.stages().size() + " \u00b7 "
                + (stage.player() == Player.DISCRIMINATOR ? "D's turn" : "G's turn"));
        title.setText(stage.title());
        sentence.setText(stage.sentence());
        // A fixed width in HTML so the note wraps instead of widening the dialog.
        note.setText(tour.note().isEmpty() ? " " : "<html><body style='width:260px'>" + tour.note() + "</body></html>");
    }

    /**
     * Opens the walk beside {@code owner}, or brings the one already open to the front: two walks at
     * once would each apply their own updates.
     */
    static SlowMotionDialog openOrFocus(Window owner, Runnable stepDiscriminator, Runnable stepGenerator,
                                        java.util.function.Consumer<Player> highlight, String objective) {
        for (Window w : owner.getOwnedWindows()) {
            if (w instanceof SlowMotionDialog open && open.isDisplayable()) {
                open.toFront();
                return open;
            }
        }
        SlowMotionDialog dialog = new SlowMotionDialog(owner, stepDiscriminator, stepGenerator, highlight, objective);
        dialog.setVisible(true);
        return dialog;
    }

    /** The title of the stage shown, for tests. */
    String stageTitle() {
        return title.getText();
    }
}
