package org.gansim.app.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.gansim.api.ModeSet;
import org.gansim.api.Snapshot;
import org.gansim.app.lesson.Lesson;
import org.gansim.app.lesson.LessonCheck;
import org.gansim.app.lesson.LessonStep;

/**
 * The side panel of a lesson: its title and summary, then each step's text with, where the step has
 * one, its check, marked ✓ once the run passes it. "Do it" applies a step's values for a student who
 * wants to see rather than type. Swing thread only.
 */
final class LessonPanel extends ViewportWidePanel {

    private final Lesson lesson;
    private final List<JLabel> marks = new ArrayList<>();
    private final boolean[] passed;
    /** The step count before which a step's check is not made: its training, and the steps' before it. */
    private final long[] checkedFrom;

    /**
     * @param lesson  the lesson shown
     * @param doStep  applies a step's values (from the step's "Do it" button)
     * @param onClose closes the panel
     */
    LessonPanel(Lesson lesson, Consumer<Map<String, String>> doStep, Runnable onClose) {
        // One column as wide as the side panel is (it tracks the scroll pane's width), so the texts
        // wrap to it at any font size; fixed widths grew with projector mode's fonts and ran off the side.
        super(new MigLayout("insets 10, wrap 1, fillx", "[grow, fill]"));
        this.lesson = lesson;
        this.passed = new boolean[lesson.steps().size()];
        this.checkedFrom = checkedFrom(lesson);
        setName("lessonPanel");
        JLabel title = new JLabel(lesson.title());
        title.setName("lessonTitle");
        title.setFont(title.getFont().deriveFont(title.getFont().getSize2D() + 4f).deriveFont(java.awt.Font.BOLD));
        add(title);
        add(wrapped(lesson.summary(), "lessonSummary"), "wmin 10");
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            JPanel box = new JPanel(new MigLayout("insets 6, wrap 1, fillx", "[grow, fill]"));
            box.setBorder(BorderFactory.createTitledBorder("Step " + (i + 1)));
            box.add(wrapped(step.text(), "lessonStepText:" + i), "wmin 10");
            JLabel mark = new JLabel(step.check().map(c -> html("\u2610 " + describe(c))).orElse(" "));
            mark.setName("lessonCheck:" + i);
            mark.setToolTipText(step.check().map(LessonCheck::condition).orElse(null));
            marks.add(mark);
            box.add(mark, "wmin 10");
            if (!step.set().isEmpty()) {
                JButton doIt = new JButton("Do it");
                doIt.setName("lessonDo:" + i);
                doIt.setToolTipText("Apply this step's values: " + step.set());
                doIt.addActionListener(e -> doStep.accept(step.set()));
                box.add(doIt, "growx 0");
            }
            add(box, "wmin 10");
        }
        JButton close = new JButton("Close lesson");
        close.setName("lessonClose");
        close.setToolTipText("Hide this panel; the run goes on.");
        close.addActionListener(e -> onClose.run());
        add(close, "growx 0, gaptop 8");
    }

    /**
     * Each step's check counts once the run has trained as long as the lesson says up to that step
     * (since the last new variant, which starts again at step 0): at step 0 an untrained D already says
     * one half everywhere, and a check must not tick before the student did the step.
     */
    static long[] checkedFrom(Lesson lesson) {
        long[] from = new long[lesson.steps().size()];
        long total = 0;
        for (int i = 0; i < from.length; i++) {
            LessonStep step = lesson.steps().get(i);
            if (step.set().containsKey(org.gansim.app.lesson.LessonRun.VARIANT)) {
                total = 0;
            }
            total += step.train();
            from[i] = total;
        }
        return from;
    }

    /**
     * A label text that wraps within the panel. Swing's HTML reads a CSS pixel as 1.3 screen pixels
     * (it assumes 72 dots per inch), so 200 of them fill the 260 pixels inside a step's frame; at 250
     * the first line of a check ran out of the frame and was cut.
     */
    private static String html(String text) {
        return "<html><body style='width: 200px'>" + Html.escape(text) + "</body></html>";
    }

    private static String describe(LessonCheck check) {
        return check.says().isBlank() ? check.condition() : check.says() + " (" + check.condition() + ")";
    }

    private static JTextArea wrapped(String text, String name) {
        JTextArea area = new JTextArea(text);
        area.setName(name);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setEditable(false);
        area.setOpaque(false);
        area.setFocusable(false);
        area.setBorder(BorderFactory.createEmptyBorder());
        return area;
    }

    /** Marks each check the run passes now; once passed, a step stays ticked. */
    void show(Snapshot snapshot, Optional<ModeSet> modes) {
        for (int i = 0; i < passed.length; i++) {
            Optional<LessonCheck> check = lesson.steps().get(i).check();
            if (check.isEmpty() || passed[i]) {
                continue;
            }
            if (snapshot.step() >= checkedFrom[i] && check.get().passes(snapshot, modes)) {
                passed[i] = true;
                marks.get(i).setText(html("\u2714 " + describe(check.get())));
                marks.get(i).setForeground(new Color(0x2E7D32));
            } else {
                marks.get(i).setForeground(UIManager.getColor("Label.foreground"));
            }
        }
    }

    /** Whether step {@code i}'s check has passed. */
    boolean passed(int i) {
        return passed[i];
    }

    Lesson lesson() {
        return lesson;
    }

    /** The panel in a scroll pane for the window's side, wider as the fonts grow (projector mode). */
    JScrollPane inScrollPane() {
        JScrollPane scroll = new JScrollPane(this) {
            @Override
            public Dimension getPreferredSize() {
                // Wider with larger fonts, but at most 30% of the window: the views need the rest.
                java.awt.Window window = javax.swing.SwingUtilities.getWindowAncestor(this);
                int most = window != null && window.getWidth() > 0 ? window.getWidth() * 3 / 10 : 400;
                return new Dimension(Math.max(340, Math.min(Math.round(340 * Looks.scale()), most)), 400);
            }
        };
        scroll.setBorder(BorderFactory.createMatteBorder(0, 1, 0, 0, UIManager.getColor("Separator.foreground")));
        return scroll;
    }
}
