package org.gansim.app.ui;

import java.awt.Color;
import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.JSeparator;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.gansim.api.PlotBounds;
import org.gansim.api.param.ParamSpec;
import org.gansim.api.param.Params;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.ui.drawing.DrawingDialog;

/**
 * The parameter panel: one control per parameter of the target, the variant, the networks and the
 * training loop, built from their {@link ParamSpec}s. Live values are sent to the simulation as the
 * user changes them; values that shape the networks carry a reset mark, and turn orange while they
 * wait for a reset. A text that is a drawing gets a "Draw…" button, which opens a
 * {@link DrawingDialog} over the target's plot bounds.
 *
 * <p>Swing thread only.
 */
final class ParameterPanel extends ViewportWidePanel {

    /** The mark shown after the label of a parameter that takes effect on reset. */
    static final String RESET_MARK = " \u21bb";

    private static final Map<String, String> TITLES = Map.of(
            TrainingSettings.TARGET, "Target",
            TrainingSettings.VARIANT, "Variant",
            TrainingSettings.MODEL, "Networks",
            TrainingSettings.TRAIN, "Training");

    /**
     * What the drawing dialog needs from the window.
     *
     * @param plotBounds the plot bounds of the running target, when known (Swing thread)
     * @param check      given a namespaced key and a value on the Swing thread, completes with the
     *                   sentence the simulation would refuse the value with, or empty
     */
    record DrawingSupport(Supplier<Optional<PlotBounds>> plotBounds,
                          BiFunction<String, Object, CompletableFuture<Optional<String>>> check) {
    }

    private final BiConsumer<String, Object> onChange;
    private final Consumer<String> onInvalid;
    private final DrawingSupport drawing;
    private final Map<String, ParamEditor> editors = new LinkedHashMap<>();
    private final Map<String, JLabel> labels = new LinkedHashMap<>();
    private Color labelColour;
    private String targetName = "";

    /**
     * @param onChange  receives a namespaced key and its new value when the user changes one
     * @param onInvalid receives a sentence when the user types an invalid value
     * @param drawing   what the drawing dialog needs from the window
     */
    ParameterPanel(BiConsumer<String, Object> onChange, Consumer<String> onInvalid, DrawingSupport drawing) {
        super(new MigLayout("wrap 2, fillx, insets 8 10 8 10", "[right][grow,fill]"));
        this.onChange = onChange;
        this.onInvalid = onInvalid;
        this.drawing = drawing;
        setName("parameterPanel");
    }

    /** Builds the controls for the plugins and values of {@code settings}. */
    void rebuild(TrainingSettings settings) {
        removeAll();
        editors.clear();
        labels.clear();
        targetName = settings.target().name();
        for (String namespace : TrainingSettings.NAMESPACES) {
            Params params = settings.params(namespace);
            if (params.specs().isEmpty()) {
                continue;
            }
            String title = TITLES.get(namespace);
            if (namespace.equals(TrainingSettings.TARGET)) {
                title += ": " + settings.target().name();
            } else if (namespace.equals(TrainingSettings.VARIANT)) {
                title += ": " + settings.variant().name();
            }
            JLabel heading = new JLabel(title);
            heading.setFont(heading.getFont().deriveFont(Font.BOLD));
            add(heading, "span 2, split 2, gaptop 6");
            add(new JSeparator(), "growx, gaptop 6");
            for (ParamSpec spec : params.specs()) {
                String key = namespace + "." + spec.key();
                ParamEditor editor = ParamEditor.create(key, spec, onChange, onInvalid, this::draw);
                editor.setValue(params.get(spec.key()));
                JLabel label = new JLabel(spec.label() + (spec.live() ? "" : RESET_MARK));
                label.setName("label:" + key);
                String tip = spec.description() + (spec.live() ? "" : " Takes effect when you press Reset.");
                label.setToolTipText(ParamEditor.tooltip(tip.isBlank() ? key : tip.strip() + " (" + key + ")"));
                label.setLabelFor(editor.input());
                add(label);
                add(editor.component(), "wmin 90");
                editors.put(key, editor);
                labels.put(key, label);
            }
        }
        JLabel legend = new JLabel(RESET_MARK.strip() + " takes effect on Reset");
        legend.setFont(legend.getFont().deriveFont(legend.getFont().getSize2D() - 1f));
        legend.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(legend, "span 2, gaptop 10, left");
        labelColour = UIManager.getColor("Label.foreground");
        revalidate();
        repaint();
    }

    /** Shows the values of {@code settings} and marks the keys that wait for a reset. */
    void show(TrainingSettings settings, List<String> pendingReset) {
        Params all = settings.all();
        for (ParamEditor editor : editors.values()) {
            if (all.has(editor.key())) {
                editor.setValue(all.get(editor.key()));
            }
        }
        Color pending = UIManager.getColor("Component.warning.focusedBorderColor");
        for (Map.Entry<String, JLabel> e : labels.entrySet()) {
            e.getValue().setForeground(pendingReset.contains(e.getKey()) && pending != null ? pending : labelColour);
        }
    }

    /** Opens the drawing dialog; OK enters the new drawing like a typed value. */
    private void draw(String key, ParamSpec spec, String text, Consumer<String> enter) {
        PlotBounds bounds = drawing.plotBounds().get().orElse(null);
        new DrawingDialog(SwingUtilities.getWindowAncestor(this), spec.label() + " \u2014 " + targetName, text, bounds,
                drawn -> drawing.check().apply(key, drawn), enter).open();
    }

    /** The control of a namespaced key, for tests. */
    ParamEditor editor(String key) {
        return editors.get(key);
    }
}
