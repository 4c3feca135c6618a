package org.gansim.app.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import org.gansim.api.GanVariant;
import org.gansim.api.Plugin;
import org.gansim.api.TargetDistribution;
import org.gansim.api.Visualization;
import org.gansim.api.Snapshot;
import org.gansim.api.training.TrainingSettings;
import org.gansim.api.ViewContext;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.plugins.ReloadedPlugins;
import org.gansim.app.session.SessionState;
import org.gansim.app.session.SimulationSession;
import org.gansim.app.session.ValueCheck;
import org.gansim.app.ui.plugins.AddPluginJarAction;
import org.gansim.app.ui.plugins.PluginManagerDialog;
import org.gansim.api.View;

/**
 * The main window: menus to choose the target, the variant and the views; the control bar; the
 * parameter panel; the views; and a status line for problems and values waiting for a reset.
 *
 * <p>The window owns one {@link SimulationSession}; it sends commands to it and shows the states
 * it publishes. It never touches a live model. Swing thread only.
 */
public final class MainWindow extends JFrame {

    /** The target and variant a new window starts with, when the plugins provide them. */
    static final String DEFAULT_TARGET = "ring8";
    static final String DEFAULT_VARIANT = "vanilla";
    /** How long one call into a plugin may run before the window calls it stuck. */
    static final Duration STUCK_AFTER = Duration.ofSeconds(3);

    private final PluginManager plugins;
    private List<TargetDistribution> targets;
    private List<GanVariant> variants;
    private List<Visualization> visualizations;
    private final ControlBar controlBar;
    private final ParameterPanel parameterPanel;
    private final ViewGrid viewGrid = new ViewGrid();
    private final JLabel status = new JLabel(" ");
    private final JMenu fileMenu = new JMenu("File");
    private final JMenu targetMenu = new JMenu("Target");
    private final JMenu variantMenu = new JMenu("Variant");
    private final JMenu viewMenu = new JMenu("View");
    private final JMenu pluginsMenu = new JMenu("Plugins");
    /**
     * Views that start switched off (View menu switches them on): four views at once keep the
     * window readable and the event thread free for training at full speed.
     */
    static final Set<String> HIDDEN_AT_START = Set.of("metrics", "mode-occupancy", "d-histogram");
    private final Set<String> hiddenViews = new HashSet<>(HIDDEN_AT_START);
    private final Timer watchdog = new Timer(1000, e -> checkForStuckPlugin());
    private SimulationSession session;
    private String stuckPlugin;
    private double speedLimit;

    // What is shown now, to rebuild only what changed.
    private TargetDistribution shownTarget;
    private GanVariant shownVariant;
    private long shownGeneration = -1;
    private Snapshot shownSnapshot;
    private Optional<ViewContext> shownContext = Optional.empty();
    private SessionState latestState;

    /**
     * Builds the window and starts a simulation with the default target and variant (not shown yet).
     *
     * @param plugins the app's plugins; the menus follow its reloads
     */
    public MainWindow(PluginManager plugins) {
        super("GanSim");
        this.plugins = plugins;
        PluginRegistry registry = plugins.registry();
        this.targets = registry.targets();
        this.variants = registry.variants();
        this.visualizations = registry.visualizations();
        this.controlBar = new ControlBar(
                () -> command(SimulationSession::play),
                () -> command(SimulationSession::pause),
                () -> command(SimulationSession::step),
                this::reset,
                seed -> command(s -> s.setSeed(seed)),
                limit -> {
                    speedLimit = limit;
                    command(s -> s.setSpeedLimit(limit));
                });
        controlBar.onPlayerSteps(() -> command(SimulationSession::stepDiscriminator),
                () -> command(SimulationSession::stepGenerator));
        this.parameterPanel = new ParameterPanel((key, value) -> {
            if (session != null) {
                session.setParam(key, value);
            }
        }, this::showProblem, new ParameterPanel.DrawingSupport(
                () -> shownContext.filter(c -> c.dataDim() == 2).map(ViewContext::bounds),
                this::refusal));
        setName("mainWindow");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setJMenuBar(buildMenuBar());

        JScrollPane parameters = new JScrollPane(parameterPanel);
        parameters.setBorder(BorderFactory.createEmptyBorder());
        parameters.setMinimumSize(new Dimension(260, 200));
        viewGrid.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, parameters, viewGrid);
        split.setResizeWeight(0);
        split.setDividerLocation(330); // room for the longest choice, "non-saturating", without a horizontal scroll bar
        status.setName("statusLabel");
        status.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));

        JPanel content = new JPanel(new BorderLayout());
        content.add(controlBar, BorderLayout.NORTH);
        content.add(split, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        setContentPane(content);
        setPreferredSize(new Dimension(1200, 760));

        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                watchdog.stop();
                if (session != null) {
                    session.close();
                }
                viewGrid.disposeAll();
            }
        });
        start();
        watchdog.start();
        plugins.onReload(this::usePlugins);
    }

    /**
     * Offers the plugins of a reloaded registry in the menus. The running simulation keeps the
     * plugins it started with until it is reset or another target or variant is chosen.
     */
    void usePlugins(PluginRegistry registry) {
        if (!isDisplayable()) {
            return;
        }
        targets = registry.targets();
        variants = registry.variants();
        visualizations = registry.visualizations();
        fillPluginMenus();
        if (shownTarget != null) {
            select(targetMenu, "target:" + shownTarget.id());
            select(variantMenu, "variant:" + shownVariant.id());
        }
        rebuildViews();
        if (session == null) {
            start(); // the first target or variant has just arrived
        }
    }

    private void command(Consumer<SimulationSession> action) {
        if (session != null) {
            action.accept(session);
        }
    }

    /**
     * Reset: normally a command to the session; when a plugin holds the training thread in an
     * endless loop, or the plugin folders were reloaded since the simulation started, the session
     * is left behind and a fresh one starts from the same settings (with the reloaded plugins).
     */
    private void reset() {
        if (session == null) {
            return;
        }
        // After a plugin reload, the reset is when the simulation lets go of its old plugin objects.
        TrainingSettings reloaded = latestState == null ? null
                : ReloadedPlugins.carryOver(latestState.settings(), plugins.registry());
        if (latestState == null || (stuckPlugin == null && reloaded == latestState.settings())) {
            session.reset();
            return;
        }
        SimulationSession old = session;
        SessionState last = latestState;
        stuckPlugin = null;
        old.close();
        shownTarget = null;
        shownVariant = null;
        shownGeneration = -1;
        session = startSession(reloaded, last.seed());
        session.setSpeedLimit(speedLimit);
    }

    /** A new session whose states are shown only while it is this window's session. */
    private SimulationSession startSession(TrainingSettings settings, long seed) {
        AtomicReference<SimulationSession> self = new AtomicReference<>();
        SimulationSession started = new SimulationSession(settings, seed, SwingUtilities::invokeLater, state -> {
            if (session == self.get()) {
                onState(state);
            }
        });
        self.set(started);
        return started;
    }

    /** Once a second: names a plugin that has not returned from a call for a few seconds. */
    private void checkForStuckPlugin() {
        if (session == null) {
            return;
        }
        Optional<String> stuck = session.stuck(STUCK_AFTER);
        stuckPlugin = stuck.orElse(null);
        stuck.ifPresent(message -> showProblem(message + ". Press Reset to start a fresh simulation."));
    }

    /** The File menu; "Add plugin jar…" goes above Exit. */
    public JMenu fileMenu() {
        return fileMenu;
    }

    /** The Plugins menu, for the plugin manager. */
    public JMenu pluginsMenu() {
        return pluginsMenu;
    }

    /** The plugins this window offers. */
    public PluginManager plugins() {
        return plugins;
    }

    /** The simulation, or null when there is nothing to simulate (no target or no variant installed). */
    public SimulationSession session() {
        return session;
    }

    /** The last state shown, for tests; null before the first. */
    SessionState latestState() {
        return latestState;
    }

    ViewGrid viewGrid() {
        return viewGrid;
    }

    ParameterPanel parameterPanel() {
        return parameterPanel;
    }

    private void start() {
        Optional<TargetDistribution> target = targets.stream().filter(t -> t.id().equals(DEFAULT_TARGET)).findFirst()
                .or(() -> targets.stream().findFirst());
        Optional<GanVariant> variant = variants.stream().filter(v -> v.id().equals(DEFAULT_VARIANT)).findFirst()
                .or(() -> variants.stream().filter(v -> !v.conditional()).findFirst())
                .or(() -> variants.stream().findFirst());
        if (target.isEmpty() || variant.isEmpty()) {
            showProblem("No " + (target.isEmpty() ? "target distribution" : "GAN variant") + " is installed:"
                    + " put a plugin jar in ~/.gansim/plugins or start with --plugin-dir FOLDER.");
            return;
        }
        status.setText(" ");
        TrainingSettings settings = TrainingSettings.defaults(target.get(), variant.get());
        session = startSession(settings, 1);
        controlBar.attach(true);
    }

    private JMenuBar buildMenuBar() {
        JMenuBar bar = new JMenuBar();
        fileMenu.setName("fileMenu");
        targetMenu.setName("targetMenu");
        variantMenu.setName("variantMenu");
        viewMenu.setName("viewMenu");
        pluginsMenu.setName("pluginsMenu");

        fileMenu.add(new JMenuItem(new AddPluginJarAction(this, plugins))).setName("addPluginJarItem");
        fileMenu.addSeparator();
        JMenuItem exit = new JMenuItem("Exit");
        exit.setName("exitItem");
        exit.addActionListener(e -> dispose());
        fileMenu.add(exit);

        JMenuItem manage = new JMenuItem("Manage\u2026");
        manage.setName("managePluginsItem");
        manage.addActionListener(e -> new PluginManagerDialog(this, plugins).open());
        pluginsMenu.add(manage);
        fillPluginMenus();

        bar.add(fileMenu);
        bar.add(targetMenu);
        bar.add(variantMenu);
        bar.add(viewMenu);
        bar.add(pluginsMenu);
        return bar;
    }

    /** The Target and Variant menus: one radio item per plugin. */
    private void fillPluginMenus() {
        targetMenu.removeAll();
        ButtonGroup targetGroup = new ButtonGroup();
        for (TargetDistribution target : targets) {
            JRadioButtonMenuItem item = pluginItem(new JRadioButtonMenuItem(), "target:", target);
            item.addActionListener(e -> {
                if (session != null && target != shownTarget) {
                    session.setTarget(target);
                }
            });
            targetGroup.add(item);
            targetMenu.add(item);
        }
        variantMenu.removeAll();
        ButtonGroup variantGroup = new ButtonGroup();
        for (GanVariant variant : variants) {
            JRadioButtonMenuItem item = pluginItem(new JRadioButtonMenuItem(), "variant:", variant);
            item.addActionListener(e -> {
                if (session != null && variant != shownVariant) {
                    session.setVariant(variant);
                }
            });
            variantGroup.add(item);
            variantMenu.add(item);
        }
    }

    private static <T extends AbstractButton> T pluginItem(T item, String prefix, Plugin plugin) {
        item.setText(plugin.name());
        item.setName(prefix + plugin.id());
        String description = plugin.description();
        item.setToolTipText(description == null || description.isBlank() ? plugin.id() : description);
        return item;
    }

    /** Shows a state published by the session. */
    private void onState(SessionState state) {
        if (!isDisplayable()) {
            return; // closed meanwhile
        }
        latestState = state;
        TrainingSettings settings = state.settings();
        if (settings.target() != shownTarget || settings.variant() != shownVariant) {
            shownTarget = settings.target();
            shownVariant = settings.variant();
            setTitle("GanSim \u2014 " + shownTarget.name() + " / " + shownVariant.name());
            select(targetMenu, "target:" + shownTarget.id());
            select(variantMenu, "variant:" + shownVariant.id());
            parameterPanel.rebuild(settings);
        }
        parameterPanel.show(settings, state.pendingReset());
        if (state.generation() != shownGeneration) {
            shownGeneration = state.generation();
            shownContext = state.context();
            shownSnapshot = null;
            rebuildViews();
        }
        controlBar.show(state);
        Snapshot snapshot = state.snapshot().orElse(null);
        if (snapshot != null && snapshot != shownSnapshot) {
            shownSnapshot = snapshot;
            viewGrid.show(snapshot);
        }
        if (state.problem().isPresent()) {
            showProblem(state.problem().get());
        } else if (state.resetNeeded()) {
            status.setForeground(UIManager.getColor("Component.warning.focusedBorderColor"));
            status.setText("Reset needed: " + String.join(", ", state.pendingReset())
                    + " changed; press Reset to apply.");
        } else {
            status.setForeground(UIManager.getColor("Label.foreground"));
            status.setText(" ");
        }
    }

    /** Whether the simulation would take a value, checked off the Swing thread against the settings asked for. */
    private CompletableFuture<Optional<String>> refusal(String key, Object value) {
        if (latestState == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return ValueCheck.inBackground(latestState.settings(), key, value);
    }

    private void showProblem(String message) {
        status.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        status.setText("\u26a0 " + message);
    }

    private static void select(JMenu menu, String name) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            JMenuItem item = menu.getItem(i);
            if (item != null && name.equals(item.getName())) {
                item.setSelected(true);
            }
        }
    }

    /** Rebuilds the View menu for the current context and the views the user keeps open. */
    private void rebuildViews() {
        viewMenu.removeAll();
        List<Visualization> open = new ArrayList<>();
        for (Visualization visualization : visualizations) {
            boolean supported = shownContext.isPresent() && supports(visualization, shownContext.get());
            JCheckBoxMenuItem item = pluginItem(new JCheckBoxMenuItem(), "view:", visualization);
            item.setEnabled(supported);
            item.setSelected(supported && !hiddenViews.contains(visualization.id()));
            item.addActionListener(e -> {
                if (item.isSelected()) {
                    hiddenViews.remove(visualization.id());
                } else {
                    hiddenViews.add(visualization.id());
                }
                shownGeneration = -1; // rebuild the views on the next state
                if (latestState != null) {
                    onState(latestState);
                }
            });
            viewMenu.add(item);
            if (item.isSelected()) {
                open.add(visualization);
            }
        }
        if (shownContext.isPresent()) {
            viewGrid.rebuild(open, shownContext.get());
        } else {
            viewGrid.rebuild(List.of(), null);
        }
    }

    private static boolean supports(Visualization visualization, ViewContext context) {
        try {
            return visualization.supports(context);
        } catch (Throwable t) {
            return false; // a view that cannot answer is not offered
        }
    }
}
