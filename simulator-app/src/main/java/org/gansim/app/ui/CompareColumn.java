package org.gansim.app.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.gansim.api.GanVariant;
import org.gansim.api.Snapshot;
import org.gansim.api.StepReport;
import org.gansim.api.ViewContext;
import org.gansim.api.Visualization;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.session.SessionState;
import org.gansim.app.session.SimulationSession;
import org.gansim.app.session.StepPace;
import org.gansim.app.session.ValueCheck;

/**
 * One side of the compare window: its own simulation, a variant chooser, a line with the variant,
 * step and losses, the views and the parameter panel. Faults stay on their side: a view that throws
 * is replaced by a notice in its own container, a training fault is shown in this column only.
 *
 * <p>Swing thread only, except that its session trains on its own thread.
 */
final class CompareColumn extends JPanel {

    /** Wide enough for a parameter's label and a field to type in. */
    private static final int PARAMETER_WIDTH = 290;

    /** How long one call into a plugin may run before this side calls it stuck. */
    private static final Duration STUCK_AFTER = Duration.ofSeconds(3);

    private final String side;
    private final StepPace pace;
    private final Timer watchdog = new Timer(1000, e -> checkForStuckPlugin());
    private final List<Visualization> visualizations;
    private final SimulationSession session;
    private final JComboBox<GanVariant> variantChooser;
    private final JLabel summary = new JLabel(" ");
    private final JLabel problem = new JLabel(" ");
    private final ParameterPanel parameters;
    /** One view above the other: a column is half the window wide, too narrow for two abreast. */
    private final ViewGrid views = new ViewGrid(1);
    private final Runnable onShown;
    private SessionState latest;
    private GanVariant shownVariant;
    private long shownGeneration = -1;
    private Snapshot shownSnapshot;
    private boolean choosing;

    /**
     * @param side            "left" or "right": names the components, for tests and screen readers
     * @param variants        the variants offered in the chooser
     * @param visualizations  the views each side shows (the same on both sides), where supported
     * @param settings        the target, variant and parameters this side starts with
     * @param seed            the seed, the same on both sides
     * @param pace            this side's share of the lock-step
     * @param onVariantChosen told when the user picks another variant here (after this side has switched)
     * @param onParam         receives a namespaced key and its new value when the user changes one here
     * @param onShown         told after every state this column has shown
     */
    CompareColumn(String side, List<GanVariant> variants, List<Visualization> visualizations,
                  TrainingSettings settings, long seed, StepPace pace, Consumer<GanVariant> onVariantChosen,
                  BiConsumer<String, Object> onParam, Runnable onShown) {
        super(new BorderLayout());
        this.side = side;
        this.pace = pace;
        this.visualizations = List.copyOf(visualizations);
        this.onShown = onShown;
        setName("column:" + side);
        variantChooser = new JComboBox<>(variants.toArray(GanVariant[]::new));
        variantChooser.setName("variantChooser:" + side);
        variantChooser.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focused) {
                Object text = value instanceof GanVariant v ? v.name() : value;
                return super.getListCellRendererComponent(list, text, index, selected, focused);
            }
        });
        variantChooser.setSelectedItem(settings.variant());
        variantChooser.setToolTipText("The GAN variant trained on this side; choosing one starts both sides"
                + " again from step 0.");
        variantChooser.addActionListener(e -> {
            if (!choosing && variantChooser.getSelectedItem() instanceof GanVariant v && v != shownVariant) {
                session().setVariant(v);
                onVariantChosen.accept(v);
            }
        });
        summary.setName("summary:" + side);
        summary.setFont(summary.getFont().deriveFont(Font.BOLD, summary.getFont().getSize2D() + 1f));
        summary.setToolTipText("This side's variant, generator steps, and the losses of its latest step.");
        problem.setName("problem:" + side);

        parameters = new ParameterPanel(onParam, this::showProblem, new ParameterPanel.DrawingSupport(
                () -> Optional.ofNullable(latest).flatMap(SessionState::context)
                        .filter(c -> c.dataDim() == 2).map(ViewContext::bounds),
                this::refusal));
        parameters.setName("parameterPanel:" + side);
        views.setName("viewGrid:" + side);

        JPanel header = new JPanel(new MigLayout("insets 6 8 2 8, fillx", "[][grow,fill]", "[][]"));
        header.add(new JLabel("Variant"));
        header.add(variantChooser, "wrap");
        header.add(summary, "span 2, wrap");
        header.add(problem, "span 2, wmin 0");
        JScrollPane parameterScroll = new JScrollPane(parameters);
        parameterScroll.setBorder(BorderFactory.createEmptyBorder());
        parameterScroll.setMinimumSize(new Dimension(0, 60));
        parameterScroll.setPreferredSize(new Dimension(PARAMETER_WIDTH, 200));
        // Parameters beside the views, folded away with one click on the divider's arrow when the
        // class should see only the views.
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, parameterScroll, views);
        split.setResizeWeight(0);
        split.setOneTouchExpandable(true);
        split.setDividerLocation(PARAMETER_WIDTH);
        split.setBorder(BorderFactory.createEmptyBorder());
        add(header, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
        setBorder(BorderFactory.createMatteBorder(0, 0, 0, 1, UIManager.getColor("Separator.foreground")));

        session = new SimulationSession(settings, seed, SwingUtilities::invokeLater, this::show, pace);
        watchdog.start();
    }

    SimulationSession session() {
        return session;
    }

    /** The newest state shown; null before the first. */
    SessionState latest() {
        return latest;
    }

    /** This side's views. */
    ViewGrid views() {
        return views;
    }

    /** Stops this side's training thread and lets its views go. */
    void close() {
        watchdog.stop();
        session.close();
        views.disposeAll();
    }

    private void show(SessionState state) {
        if (!isDisplayable()) {
            return; // the window closed meanwhile
        }
        latest = state;
        TrainingSettings settings = state.settings();
        if (settings.variant() != shownVariant) {
            shownVariant = settings.variant();
            choosing = true; // showing the variant is not choosing one
            variantChooser.setSelectedItem(shownVariant);
            choosing = false;
            parameters.rebuild(settings);
        }
        parameters.show(settings, state.pendingReset());
        if (state.generation() != shownGeneration) {
            shownGeneration = state.generation();
            shownSnapshot = null;
            rebuildViews(state.context());
        }
        Snapshot snapshot = state.snapshot().orElse(null);
        if (snapshot != null && snapshot != shownSnapshot) {
            shownSnapshot = snapshot;
            views.show(snapshot);
        }
        summary.setText(summaryText(shownVariant.name(), snapshot));
        if (state.problem().isPresent()) {
            showProblem(state.problem().get());
        } else if (state.resetNeeded()) {
            problem.setForeground(UIManager.getColor("Component.warning.focusedBorderColor"));
            problem.setText("Reset needed: " + String.join(", ", state.pendingReset()) + " changed.");
        } else {
            problem.setText(" ");
        }
        onShown.run();
    }

    /** "Vanilla GAN · step 300 · D loss 1.372 · G loss 0.712". */
    static String summaryText(String variant, Snapshot snapshot) {
        if (snapshot == null) {
            return variant + " \u00b7 no run";
        }
        StepReport last = snapshot.history().latest();
        return variant + " \u00b7 step " + snapshot.step() + " \u00b7 D loss " + loss(last, StepReport.D_LOSS)
                + " \u00b7 G loss " + loss(last, StepReport.G_LOSS);
    }

    private static String loss(StepReport report, String name) {
        double value = report.get(name);
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "\u2013";
    }

    private void rebuildViews(Optional<ViewContext> context) {
        if (context.isEmpty()) {
            views.rebuild(List.of(), null);
            return;
        }
        List<Visualization> supported = visualizations.stream().filter(v -> supports(v, context.get())).toList();
        views.rebuild(supported, context.get());
    }

    private static boolean supports(Visualization visualization, ViewContext context) {
        try {
            return visualization.supports(context);
        } catch (Throwable t) {
            return false; // a view that cannot answer is not offered
        }
    }

    /**
     * Once a second: a plugin that has not returned for a few seconds is named on this side, and the
     * other side stops waiting for this one, so it trains on alone.
     */
    private void checkForStuckPlugin() {
        session.stuck(STUCK_AFTER).ifPresent(message -> {
            pace.stopped();
            showProblem(message + ". Close this window to stop it.");
        });
    }

    private CompletableFuture<Optional<String>> refusal(String key, Object value) {
        return latest == null ? CompletableFuture.completedFuture(Optional.empty())
                : ValueCheck.inBackground(latest.settings(), key, value);
    }

    private void showProblem(String message) {
        problem.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        problem.setText("\u26a0 " + message);
        problem.setToolTipText(message);
    }

    @Override
    public String toString() {
        return "CompareColumn[" + side + "]";
    }
}
