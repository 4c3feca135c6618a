package org.gansim.app.ui.drawing;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.DefaultListCellRenderer;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.gansim.api.PlotBounds;

/**
 * The dialog behind a drawing parameter's "Draw…" button: a canvas over the target's plot bounds
 * showing the drawing in force, where a click adds a point and a drag draws a stroke; a class
 * selector (keys 0–9 too) for labelled drawings, Undo (Ctrl+Z), Clear, OK and Cancel (Escape).
 *
 * <p>OK first asks the simulation whether it would take the drawing, off the Swing thread: a
 * drawing the target refuses (an empty one, say) keeps the dialog open with the target's own
 * sentence, so no work is lost. A drawing it takes is handed to {@code accept}, which enters it the
 * way a typed value is entered. Cancel, Escape or closing the window change nothing.
 *
 * <p>Swing thread only.
 */
public final class DrawingDialog extends JDialog {

    private final DrawingModel model;
    private final DrawingCanvas canvas;
    private final String opened;
    private final Function<String, CompletableFuture<Optional<String>>> check;
    private final Consumer<String> accept;
    private final JCheckBox labelled = new JCheckBox("Classes");
    private final JComboBox<Integer> classChoice = new JComboBox<>();
    private final JButton undo = new JButton("Undo");
    private final JButton clear = new JButton("Clear");
    private final JButton ok = new JButton("OK");
    private final JButton cancel = new JButton("Cancel");
    private final JLabel count = new JLabel();
    private final JLabel message = new JLabel(" ");
    private boolean checking;
    private boolean refused;

    /**
     * @param owner  the window the dialog belongs to, or null
     * @param title  the dialog's title
     * @param text   the drawing in force, in the format of a drawn-points text
     * @param bounds the target's plot bounds, or null when unknown; the canvas shows at least these
     *               and the whole drawing
     * @param check  given a drawing's text on the Swing thread, completes (on any thread) with the
     *               sentence the simulation would refuse it with, or empty when it would take it
     * @param accept receives the new text when the user confirms a drawing the simulation takes
     */
    public DrawingDialog(Window owner, String title, String text, PlotBounds bounds,
                         Function<String, CompletableFuture<Optional<String>>> check, Consumer<String> accept) {
        super(owner, title, ModalityType.APPLICATION_MODAL);
        this.check = check;
        this.accept = accept;
        PointsText.Read read;
        String problem = null;
        try {
            read = PointsText.parse(text);
        } catch (IllegalArgumentException e) {
            read = new PointsText.Read(List.of(), false);
            problem = "The drawing in force cannot be shown (" + e.getMessage() + "); OK replaces it.";
        }
        this.model = new DrawingModel(read);
        this.opened = model.text();
        this.canvas = new DrawingCanvas(model, canvasBounds(bounds, read));
        setName("drawingDialog");
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                dispose();
            }
        });

        labelled.setName("drawingLabelled");
        labelled.setToolTipText("Give every stroke a class, for a conditional GAN; keys 0 to 9 choose the class");
        labelled.addActionListener(e -> model.setLabelled(labelled.isSelected()));
        classChoice.setName("drawingClass");
        for (int c = 0; c < DrawingModel.CLASSES; c++) {
            classChoice.addItem(c);
        }
        classChoice.setRenderer(new ClassRenderer());
        classChoice.setToolTipText("The class of the next strokes (keys 0 to 9)");
        classChoice.addActionListener(e -> {
            Integer chosen = (Integer) classChoice.getSelectedItem();
            if (chosen != null && (chosen != model.currentClass() || !model.labelled())) {
                model.chooseClass(chosen);
            }
        });
        undo.setName("drawingUndo");
        undo.setToolTipText("Take back the last stroke or Clear (Ctrl+Z)");
        undo.addActionListener(e -> model.undo());
        clear.setName("drawingClear");
        clear.setToolTipText("Remove every point; Undo brings them back");
        clear.addActionListener(e -> model.clear());
        ok.setName("drawingOk");
        ok.addActionListener(e -> confirm());
        cancel.setName("drawingCancel");
        cancel.addActionListener(e -> dispose());
        count.setName("drawingCount");
        message.setName("drawingMessage");

        JPanel content = new JPanel(new MigLayout("insets 10, fill", "[grow]", "[][grow,fill][]"));
        content.add(labelled, "split 6");
        content.add(classChoice);
        content.add(new JLabel(), "pushx, growx");
        content.add(undo, "sg tools");
        content.add(clear, "sg tools");
        content.add(count, "gapleft 12, wrap");
        content.add(canvas, "grow, push, wrap");
        content.add(message, "split 3, growx, pushx, wmin 100");
        content.add(ok, "sg buttons, tag ok");
        content.add(cancel, "sg buttons, tag cancel");
        setContentPane(content);
        getRootPane().setDefaultButton(ok);
        bindKeys(content);

        model.onChange(this::showModel);
        showModel();
        if (problem != null) {
            showMessage(problem, true);
        } else {
            showMessage("Click to add a point, drag to draw a stroke.", false);
        }
        // Placed before pack() creates the native window, so it is created where it shows: under X
        // without a window manager, moving a window just created can leave Java believing it is
        // still at its first place, and the mouse then lands off its aim.
        setSize(getPreferredSize());
        setLocationRelativeTo(owner);
        pack();
    }

    /** Shows the dialog and waits until it is closed; the canvas has the keyboard. */
    public void open() {
        SwingUtilities.invokeLater(canvas::requestFocusInWindow);
        setVisible(true);
    }

    /** The canvas, for tests. */
    public DrawingCanvas canvas() {
        return canvas;
    }

    /** The drawing's text as it stands, for tests. */
    public String text() {
        return model.text();
    }

    /**
     * The part of data space the canvas shows at least: the target's plot bounds when known,
     * widened to hold the whole drawing with a margin; a square of two units each way when there
     * is nothing to go by.
     */
    static PlotBounds canvasBounds(PlotBounds target, PointsText.Read drawing) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Stroke stroke : drawing.strokes()) {
            for (int i = 0; i < stroke.size(); i++) {
                minX = Math.min(minX, stroke.x(i));
                maxX = Math.max(maxX, stroke.x(i));
                minY = Math.min(minY, stroke.y(i));
                maxY = Math.max(maxY, stroke.y(i));
            }
        }
        if (minX > maxX) {
            return target != null ? target : PlotBounds.square(2);
        }
        double pad = Math.max(0.1 * Math.max(maxX - minX, maxY - minY), 0.5);
        if (target == null) {
            return new PlotBounds(minX - pad, maxX + pad, minY - pad, maxY + pad);
        }
        return new PlotBounds(Math.min(target.minX(), minX - pad), Math.max(target.maxX(), maxX + pad),
                Math.min(target.minY(), minY - pad), Math.max(target.maxY(), maxY + pad));
    }

    private void bindKeys(JComponent content) {
        int when = JComponent.WHEN_IN_FOCUSED_WINDOW;
        content.getInputMap(when).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel");
        content.getActionMap().put("cancel", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                dispose();
            }
        });
        content.getInputMap(when).put(KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK), "undo");
        content.getActionMap().put("undo", action(model::undo));
        for (int c = 0; c < DrawingModel.CLASSES; c++) {
            int label = c;
            content.getInputMap(when).put(KeyStroke.getKeyStroke(KeyEvent.VK_0 + c, 0), "class" + c);
            content.getInputMap(when).put(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0 + c, 0), "class" + c);
            content.getActionMap().put("class" + c, action(() -> model.chooseClass(label)));
        }
    }

    /** A key's action, ignored while a drawing is being checked. */
    private AbstractAction action(Runnable run) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (!checking) {
                    run.run();
                }
            }
        };
    }

    private void showModel() {
        labelled.setSelected(model.labelled());
        if (!Integer.valueOf(model.currentClass()).equals(classChoice.getSelectedItem())) {
            classChoice.setSelectedItem(model.currentClass());
        }
        undo.setEnabled(model.canUndo() && !checking);
        clear.setEnabled(!model.strokes().isEmpty() && !checking);
        int points = model.pointCount();
        count.setText(points == 1 ? "1 point" : points + " points");
        if (refused && !checking) {
            showMessage(" ", false); // the drawing changed: the refusal no longer applies
        }
    }

    /** OK: closes when nothing changed; otherwise asks whether the drawing would be taken. */
    private void confirm() {
        if (checking) {
            return;
        }
        String text = model.text();
        if (text.equals(opened)) {
            dispose();
            return;
        }
        setChecking(true);
        showMessage("Checking the drawing\u2026", false);
        CompletableFuture<Optional<String>> answer;
        try {
            answer = check.apply(text);
        } catch (RuntimeException e) {
            answer = CompletableFuture.completedFuture(Optional.empty());
        }
        answer.whenComplete((refusal, failure) -> SwingUtilities.invokeLater(() -> {
            if (!isDisplayable()) {
                return; // cancelled while the check ran
            }
            setChecking(false);
            if (failure == null && refusal.isPresent()) {
                showMessage(refusal.get(), true);
                return;
            }
            // Taken, or the check itself failed: the simulation has the last word, as for a typed value.
            dispose();
            accept.accept(text);
        }));
    }

    private void setChecking(boolean now) {
        checking = now;
        ok.setEnabled(!now);
        canvas.setEnabled(!now);
        showModel();
    }

    private void showMessage(String text, boolean isError) {
        refused = isError;
        message.setText(text);
        message.setToolTipText(isError ? text : null);
        message.setForeground(isError ? error() : UIManager.getColor("Label.disabledForeground"));
    }

    private static Color error() {
        Color colour = UIManager.getColor("Component.error.focusedBorderColor");
        return colour != null ? colour : Color.RED.darker();
    }

    /** A class in the selector: its colour and number. */
    private static final class ClassRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            super.getListCellRendererComponent(list, value, index, selected, focused);
            int label = value instanceof Integer i ? i : 0;
            setText("Class " + label);
            setIcon(new Dot(DrawingCanvas.colour(label)));
            return this;
        }
    }

    /** A round swatch of a class's colour. */
    private record Dot(Color colour) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(colour);
            g2.fillOval(x, y + 1, 10, 10);
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return 10;
        }

        @Override
        public int getIconHeight() {
            return 12;
        }
    }
}
