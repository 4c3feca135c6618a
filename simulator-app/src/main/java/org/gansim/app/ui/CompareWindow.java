package org.gansim.app.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.gansim.api.GanVariant;
import org.gansim.api.Visualization;
import org.gansim.api.training.TrainingSettings;
import org.gansim.app.session.LockStep;
import org.gansim.app.session.SessionState;
import org.gansim.app.session.SimulationSession;

/**
 * Two simulations side by side on the same target and seed, each with its own variant and
 * parameters, played and stepped together, so a class sees, say, the vanilla GAN against PacGAN at
 * the same step.
 *
 * <p>Each column owns a {@link SimulationSession}; a {@link LockStep} keeps the two within
 * {@link #MAX_LEAD} steps of each other while they play and stops them at the same step on pause.
 * The seed and the speed limit are chosen once for both; zooming or panning one side's data space
 * moves the other's too ({@link LinkedViewports}). File → Save comparison… writes each run as
 * an experiment file of its own ({@link ComparisonFiles}). Closing the window stops both training
 * threads.
 *
 * <p>Swing thread only.
 */
public final class CompareWindow extends JFrame {

    /**
     * How far one run may get ahead while playing. A few steps is invisible at 60 frames per second,
     * and lets the faster run keep going between two checks instead of waiting at every step.
     */
    static final int MAX_LEAD = 4;
    /** The views both columns show, where the target supports them: the data plane and the losses. */
    static final Set<String> VIEWS = Set.of("scatter", "loss-chart");
    /** The variant the right column starts with, unless the left already runs it. */
    static final String CONTRAST_VARIANT = "pacgan";

    private final LockStep lockStep = new LockStep(MAX_LEAD);
    private final CompareColumn left;
    private final CompareColumn right;
    private final CompareControls controls;
    private final List<Visualization> installedViews;
    private final List<Visualization> shownViews;
    /** Where Save comparison… starts looking; null for the user's home. */
    private Path folder;
    /** A save waiting for both runs to pause; null when none. */
    private Path pendingSave;

    /**
     * @param variants       the variants offered on each side
     * @param visualizations every view installed; the window shows those in {@link #VIEWS}
     * @param settings       the target, variant and parameters to start from (the main window's)
     * @param seed           the seed both runs use
     */
    public CompareWindow(List<GanVariant> variants, List<Visualization> visualizations, TrainingSettings settings,
                         long seed) {
        super("GanSim \u2014 compare side by side \u2014 " + settings.target().name());
        setName("compareWindow");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        installedViews = List.copyOf(visualizations);
        List<Visualization> shown = visualizations.stream().filter(v -> VIEWS.contains(v.id())).toList();
        shownViews = shown;
        TrainingSettings other = settings.withVariant(contrast(variants, settings.variant()));
        left = new CompareColumn("left", variants, shown, settings, seed, lockStep.side(0), v -> restartOther(0),
                (key, value) -> setParam(0, key, value), this::leftShown);
        right = new CompareColumn("right", variants, shown, other, seed, lockStep.side(1), v -> restartOther(1),
                (key, value) -> setParam(1, key, value), this::rightShown);
        controls = new CompareControls(new CompareControls.Actions() {
            @Override
            public void play() {
                if (pendingSave != null) {
                    pendingSave = null; // the runs will not pause: saving now would surprise later
                    controls.showStatus("Not saved: Play was pressed before both runs had paused.", true);
                }
                lockStep.playTogether();
                both(SimulationSession::play);
            }

            @Override
            public void pause() {
                lockStep.pauseTogether(); // each run stops by itself once it reaches the faster one's step
            }

            @Override
            public void step() {
                both(SimulationSession::step);
            }

            @Override
            public void stepDiscriminator() {
                both(SimulationSession::stepDiscriminator);
            }

            @Override
            public void stepGenerator() {
                both(SimulationSession::stepGenerator);
            }

            @Override
            public void reset() {
                both(SimulationSession::reset);
            }

            @Override
            public void seed(long seed) {
                both(s -> s.setSeed(seed)); // each run starts again from step 0 with it
            }

            @Override
            public void speedLimit(double stepsPerSecond) {
                both(s -> s.setSpeedLimit(stepsPerSecond));
            }
        });
        controls.showSeed(seed);
        setJMenuBar(CompareMenus.build(controls, this::chooseAndSave, this::dispose));
        controls.show(0, 0, false, false);

        LinkedViewports.link(left.views(), right.views()); // a zoom on one side's data space zooms the other
        JPanel columns = new JPanel(new GridLayout(1, 2, 0, 0)); // equal widths: equal data-space axes
        columns.add(left);
        columns.add(right);
        getContentPane().add(controls, BorderLayout.NORTH);
        getContentPane().add(columns, BorderLayout.CENTER);
        setPreferredSize(new Dimension(1260, 780));
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                left.close();
                right.close();
            }
        });
    }

    /**
     * Opens a compare window next to {@code owner}, starting from its run's target, settings, seed
     * and speed limit, and closes it when the owner closes.
     *
     * @param folder where Save comparison… starts looking; null for the user's home
     */
    public static CompareWindow open(Window owner, List<GanVariant> variants, List<Visualization> visualizations,
                                     SessionState from, Path folder) {
        CompareWindow window = new CompareWindow(variants, visualizations, from.settings(), from.seed());
        window.folder = folder;
        window.controls.chooseSpeed(SpeedLimitBox.indexOf(from.speedLimit()));
        WindowAdapter closeWithOwner = new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                window.dispose();
            }
        };
        owner.addWindowListener(closeWithOwner);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                owner.removeWindowListener(closeWithOwner);
            }
        });
        window.pack();
        window.setLocationRelativeTo(owner);
        window.setVisible(true);
        return window;
    }

    /** PacGAN when the left runs something else, else the first other variant that needs no labels. */
    static GanVariant contrast(List<GanVariant> variants, GanVariant leftVariant) {
        return variants.stream().filter(v -> v.id().equals(CONTRAST_VARIANT) && v != leftVariant).findFirst()
                .or(() -> variants.stream().filter(v -> v != leftVariant && !v.conditional()).findFirst())
                .orElse(leftVariant);
    }

    CompareColumn left() {
        return left;
    }

    CompareColumn right() {
        return right;
    }

    /**
     * A new variant on one side restarts that side at step 0; the other side restarts too, so the
     * two are again at the same step.
     */
    private void restartOther(int side) {
        (side == 0 ? right : left).session().reset();
    }

    /**
     * A value typed on one side: the target's parameters go to both sides, so the two runs always
     * learn the same target; everything else (variant, networks, training) belongs to its side.
     */
    private void setParam(int side, String key, Object value) {
        if (key.startsWith(TrainingSettings.TARGET + ".")) {
            both(s -> s.setParam(key, value));
        } else {
            (side == 0 ? left : right).session().setParam(key, value);
        }
    }

    private void both(java.util.function.Consumer<SimulationSession> command) {
        command.accept(left.session());
        command.accept(right.session());
    }

    private void leftShown() {
        AlignedCharts.align(left.views(), right.views());
        showControls();
    }

    private void rightShown() {
        AlignedCharts.align(right.views(), left.views());
        showControls();
    }

    private void showControls() {
        SessionState l = left.latest();
        SessionState r = right.latest();
        boolean ready = l != null && r != null && l.snapshot().isPresent() && r.snapshot().isPresent();
        boolean running = (l != null && l.running()) || (r != null && r.running());
        controls.show(l == null ? 0 : l.step(), r == null ? 0 : r.step(), running, ready);
        if (l != null && r != null && l.seed() == r.seed()) {
            controls.showSeed(l.seed());
        }
        if (pendingSave != null && l != null && r != null && !running) {
            Path file = pendingSave;
            pendingSave = null;
            saveTo(file);
        }
    }

    /** File → Save comparison…: asks for a name, then saves both runs once both are paused. */
    private void chooseAndSave() {
        JFileChooser chooser = new JFileChooser(folder == null ? null : folder.toFile());
        chooser.setName("comparisonChooser");
        chooser.setDialogTitle("Save comparison (two files: name-left.json and name-right.json)");
        chooser.setFileFilter(new FileNameExtensionFilter("GanSim experiments (*.json)", "json"));
        chooser.setSelectedFile(new java.io.File(chooser.getCurrentDirectory(), "comparison.json"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        folder = file.toAbsolutePath().getParent();
        SessionState l = left.latest();
        SessionState r = right.latest();
        if ((l != null && l.running()) || (r != null && r.running())) {
            pendingSave = file; // saved by showControls once both have stopped at the same step
            controls.showStatus("Saving once both runs have paused\u2026", false);
            lockStep.pauseTogether();
        } else {
            saveTo(file);
        }
    }

    /**
     * Saves both runs as two experiment files beside {@code chosen} ({@link ComparisonFiles#sideFile}).
     *
     * @return whether both were saved
     */
    boolean saveTo(Path chosen) {
        try {
            List<ComparisonFiles.Side> sides = List.of(
                    new ComparisonFiles.Side(left.session(), left.views().settings()),
                    new ComparisonFiles.Side(right.session(), right.views().settings()));
            controls.showStatus(ComparisonFiles.save(chosen, sides, shownViews, installedViews), false);
            return true;
        } catch (IOException e) {
            controls.showStatus("\u26a0 " + e.getMessage(), true);
            JOptionPane.showMessageDialog(this, e.getMessage(), "Cannot save the comparison",
                    JOptionPane.ERROR_MESSAGE);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
