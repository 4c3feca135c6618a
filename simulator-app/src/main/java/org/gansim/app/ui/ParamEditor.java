package org.gansim.app.ui;

import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.gansim.api.param.ParamSpec;

/**
 * One control of the parameter panel, made from a {@link ParamSpec}: a spinner for numbers (one
 * that steps 1, 2, 5, 10 for log-scale values), a combo box for choices, a check box for switches
 * and a text field for lists such as layer widths, with a "Draw…" button beside it for text that is
 * a {@linkplain ParamSpec.TextSpec#drawing() drawing}. A change by the user is sent on at once; a
 * value set by the program is not sent back.
 *
 * <p>Swing thread only.
 */
abstract class ParamEditor {

    private final String key;
    private boolean updating;

    ParamEditor(String key) {
        this.key = key;
    }

    /** The namespaced key this control edits. */
    String key() {
        return key;
    }

    /** The control itself, as laid out in the panel. */
    abstract JComponent component();

    /** The part of the control that takes the value (the text field beside a button), for labels and tests. */
    JComponent input() {
        return component();
    }

    /** The value shown now. */
    abstract Object value();

    /** Shows {@code value} without reporting it as a change. */
    final void setValue(Object value) {
        if (Objects.equals(value, value())) {
            return;
        }
        updating = true;
        try {
            show(value);
        } finally {
            updating = false;
        }
    }

    abstract void show(Object value);

    /** Whether a change now comes from the program rather than the user. */
    final boolean updating() {
        return updating;
    }

    /** Opens the drawing dialog for a drawn-points text. */
    interface Drawer {
        /**
         * @param key   the namespaced key
         * @param spec  the parameter's spec
         * @param text  the drawing in force
         * @param enter takes a new drawing in as if it had been typed into the field
         */
        void draw(String key, ParamSpec spec, String text, Consumer<String> enter);
    }

    /**
     * Makes the control for a spec.
     *
     * @param key       the namespaced key
     * @param onChange  receives the key and the new value when the user changes it
     * @param onInvalid receives a sentence when the user types something invalid
     * @param drawer    opens the drawing dialog for a text spec that is a drawing
     */
    static ParamEditor create(String key, ParamSpec spec, BiConsumer<String, Object> onChange,
                              Consumer<String> onInvalid, Drawer drawer) {
        ParamEditor editor;
        if (spec instanceof ParamSpec.IntSpec s) {
            editor = new SpinnerEditor(key, new SpinnerNumberModel(s.defaultValue().intValue(), s.min(), s.max(), 1),
                    "0", onChange);
        } else if (spec instanceof ParamSpec.DecimalSpec s) {
            SpinnerNumberModel model = s.logarithmic()
                    ? new StepLadderSpinnerModel(s.defaultValue(), s.min(), s.max())
                    : new SpinnerNumberModel(s.defaultValue().doubleValue(), s.min(), s.max(), linearStep(s));
            editor = new SpinnerEditor(key, model, "0.##########", onChange);
        } else if (spec instanceof ParamSpec.ChoiceSpec s) {
            editor = new ChoiceEditor(key, s.choices(), onChange);
        } else if (spec instanceof ParamSpec.BoolSpec) {
            editor = new BoolEditor(key, onChange);
        } else {
            TextEditor text = new TextEditor(key, spec, onChange, onInvalid);
            if (spec instanceof ParamSpec.TextSpec s && s.drawing()) {
                text.addDrawButton(() -> drawer.draw(key, spec, (String) text.value(), text::enter));
            }
            editor = text;
        }
        editor.setValue(spec.defaultValue());
        editor.input().setName("param:" + key);
        editor.input().setToolTipText(tooltip(spec.description()));
        return editor;
    }

    /** A description as a tooltip wrapped to a readable width; none for a blank one. */
    static String tooltip(String description) {
        return description.isBlank() ? null : Html.wrapped(description, 360);
    }

    /** A tenth of the default's order of magnitude: 0.1 for 2, 0.001 for 0.02. */
    static double linearStep(ParamSpec.DecimalSpec s) {
        double magnitude = Math.abs(s.defaultValue());
        if (magnitude == 0) {
            return (s.max() - s.min()) / 100;
        }
        return Math.pow(10, Math.floor(Math.log10(magnitude)) - 1);
    }

    private static final class SpinnerEditor extends ParamEditor {
        private final JSpinner spinner;

        SpinnerEditor(String key, SpinnerNumberModel model, String pattern, BiConsumer<String, Object> onChange) {
            super(key);
            this.spinner = new JSpinner(model);
            spinner.setEditor(new JSpinner.NumberEditor(spinner, pattern));
            spinner.addChangeListener(e -> {
                if (!updating()) {
                    onChange.accept(key, value());
                }
            });
        }

        @Override
        JComponent component() {
            return spinner;
        }

        @Override
        Object value() {
            Object v = spinner.getValue();
            return v instanceof Integer ? v : Double.valueOf(((Number) v).doubleValue());
        }

        @Override
        void show(Object value) {
            spinner.setValue(value);
        }
    }

    private static final class ChoiceEditor extends ParamEditor {
        private final JComboBox<String> combo;

        ChoiceEditor(String key, List<String> choices, BiConsumer<String, Object> onChange) {
            super(key);
            this.combo = new JComboBox<>(choices.toArray(new String[0]));
            combo.addActionListener(e -> {
                if (!updating()) {
                    onChange.accept(key, value());
                }
            });
        }

        @Override
        JComponent component() {
            return combo;
        }

        @Override
        Object value() {
            return combo.getSelectedItem();
        }

        @Override
        void show(Object value) {
            combo.setSelectedItem(value);
        }
    }

    private static final class BoolEditor extends ParamEditor {
        private final JCheckBox box = new JCheckBox();

        BoolEditor(String key, BiConsumer<String, Object> onChange) {
            super(key);
            box.addActionListener(e -> {
                if (!updating()) {
                    onChange.accept(key, value());
                }
            });
        }

        @Override
        JComponent component() {
            return box;
        }

        @Override
        Object value() {
            return box.isSelected();
        }

        @Override
        void show(Object value) {
            box.setSelected((Boolean) value);
        }
    }

    /**
     * Lists (and anything else) as text, read with the spec when the user presses Enter or leaves;
     * a drawing also gets a button that opens the drawing dialog, whose result enters the same way.
     */
    private static final class TextEditor extends ParamEditor {
        private final JTextField field = new JTextField(8);
        private final ParamSpec spec;
        private final Runnable commit;
        private JComponent row;
        private Object shown;

        TextEditor(String key, ParamSpec spec, BiConsumer<String, Object> onChange, Consumer<String> onInvalid) {
            super(key);
            this.spec = spec;
            this.commit = () -> {
                if (field.getText().equals(spec.format(shown))) {
                    return;
                }
                try {
                    Object parsed = spec.parse(field.getText());
                    shown = parsed;
                    field.setText(spec.format(parsed));
                    onChange.accept(key, parsed);
                } catch (IllegalArgumentException e) {
                    onInvalid.accept(key + " " + e.getMessage());
                    field.setText(spec.format(shown));
                }
            };
            field.addActionListener(e -> commit.run());
            field.addFocusListener(new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent e) {
                    commit.run();
                }
            });
        }

        /** Puts a "Draw…" button after the field. */
        void addDrawButton(Runnable draw) {
            JButton button = new JButton("Draw\u2026");
            button.setName("draw:" + key());
            button.setToolTipText("Draw the points with the mouse");
            button.addActionListener(e -> draw.run());
            row = new JPanel(new MigLayout("insets 0, gap 4", "[grow,fill][]"));
            // A narrow preferred width, so the row asks for no more room than a spinner; it grows to fill.
            row.add(field, "w 40:60");
            row.add(button);
        }

        /** Takes {@code text} in exactly as if the user had typed it and pressed Enter. */
        void enter(String text) {
            field.setText(text);
            commit.run();
        }

        @Override
        JComponent component() {
            return row != null ? row : field;
        }

        @Override
        JComponent input() {
            return field;
        }

        @Override
        Object value() {
            return shown;
        }

        @Override
        void show(Object value) {
            shown = value;
            field.setText(spec.format(value));
        }
    }
}
