package org.gansim.app.ui;

import java.util.Locale;
import java.util.function.DoubleConsumer;
import java.util.function.LongConsumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.gansim.app.session.SessionState;

/**
 * The strip above the views: Play/Pause, Step, Reset, the seed, the step counter and the speed.
 * The buttons only send commands; what the bar shows comes from the published state.
 *
 * <p>Swing thread only.
 */
final class ControlBar extends JPanel {

    private final JButton play = new JButton("Play");
    private final JButton step = new JButton("Step");
    private final JButton stepD = new JButton("Step D");
    private final JButton stepG = new JButton("Step G");
    private final JButton slowMotion = new JButton("Slow motion\u2026");
    private Runnable onSlowMotion = () -> { };
    private Runnable onStepD = () -> { };
    private Runnable onStepG = () -> { };
    private final JButton reset = new JButton("Reset");
    private final SeedSpinner seed;
    private final SpeedLimitBox speedLimit;
    private final JLabel stepCounter = new JLabel("Step 0");
    private final JLabel speed = new JLabel("paused");
    private boolean attached;
    private boolean running;

    /**
     * @param onPlay  play pressed while paused
     * @param onPause pause pressed while playing
     * @param onStep  step pressed
     * @param onReset reset pressed
     * @param onSeed  a new seed chosen
     * @param onSpeed a new speed limit in steps per second, 0 for none
     */
    ControlBar(Runnable onPlay, Runnable onPause, Runnable onStep, Runnable onReset, LongConsumer onSeed,
               DoubleConsumer onSpeed) {
        super(new MigLayout("insets 6 10 6 10", "[][][][][][]20[][]20[]push[]20[]"));
        play.setName("playButton");
        step.setName("stepButton");
        stepD.setName("stepDButton");
        stepG.setName("stepGButton");
        stepD.setToolTipText("Pause, then update only the discriminator once: watch its decision surface move"
                + " while the generator stands still.");
        stepG.setToolTipText("Pause, then update only the generator once: watch the samples follow D's gradient"
                + " while D stands still.");
        slowMotion.setName("slowMotionButton");
        slowMotion.setToolTipText("Walk through one D update and one G update stage by stage, with the keys \u2192 and \u2190.");
        slowMotion.addActionListener(e -> onSlowMotion.run());
        stepD.addActionListener(e -> onStepD.run());
        stepG.addActionListener(e -> onStepG.run());
        reset.setName("resetButton");
        seed = new SeedSpinner("seedSpinner", "The seed of every random number: the same seed gives the same run.",
                onSeed);
        speedLimit = new SpeedLimitBox("speedLimit",
                "Slow training down to watch each step; the numbers stay the same.", onSpeed);
        stepCounter.setName("stepCounter");
        speed.setName("speedLabel");
        play.setToolTipText("Train continuously, or pause.");
        step.setToolTipText("Pause, then train one step: k discriminator steps and one generator step.");
        reset.setToolTipText("Start again from step 0 with fresh networks; applies values marked \u21bb.");
        play.addActionListener(e -> (running ? onPause : onPlay).run());
        step.addActionListener(e -> onStep.run());
        reset.addActionListener(e -> onReset.run());
        stepCounter.setFont(stepCounter.getFont().deriveFont(stepCounter.getFont().getSize2D() + 2f));
        add(play, "sg buttons");
        add(step, "sg buttons");
        add(stepD);
        add(stepG);
        add(slowMotion);
        add(reset, "sg buttons");
        add(new JLabel("Seed"));
        add(seed, "w 110!");
        add(speedLimit);
        add(stepCounter);
        add(speed);
        setEnabledAll(false);
    }

    /** What Step D and Step G do: update only the discriminator, or only the generator, once. */
    void onPlayerSteps(Runnable discriminator, Runnable generator) {
        this.onStepD = discriminator;
        this.onStepG = generator;
    }

    /** What Slow motion… does: open the stage-by-stage walk through one training round. */
    void onSlowMotion(Runnable open) {
        this.onSlowMotion = open;
    }

    /** What the Simulation menu's items do: the same as pressing the buttons, when they are enabled. */
    void pressPlay() {
        play.doClick(0);
    }

    void pressStep() {
        step.doClick(0);
    }

    void pressReset() {
        reset.doClick(0);
    }

    void pressStepD() {
        stepD.doClick(0);
    }

    void pressStepG() {
        stepG.doClick(0);
    }

    /** The speed choices' names, for the Simulation menu. */
    static String[] speedNames() {
        return SpeedLimitBox.names();
    }

    /** Chooses the speed limit by its place in {@link #speedNames()}. */
    void chooseSpeed(int index) {
        speedLimit.setSelectedIndex(index);
    }

    /** Enables the controls once there is a simulation to command. */
    void attach(boolean hasSession) {
        this.attached = hasSession;
        setEnabledAll(hasSession);
    }

    /** Shows a published state. */
    void show(SessionState state) {
        running = state.running();
        play.setText(running ? "Pause" : "Play");
        play.setEnabled(attached && state.snapshot().isPresent());
        step.setEnabled(attached && state.snapshot().isPresent());
        stepD.setEnabled(attached && state.snapshot().isPresent());
        stepG.setEnabled(attached && state.snapshot().isPresent());
        slowMotion.setEnabled(attached && state.snapshot().isPresent());
        stepCounter.setText("Step " + state.step());
        double perSecond = state.snapshot().map(s -> s.stepsPerSecond()).orElse(0.0);
        speed.setText(running ? String.format(Locale.ROOT, "%.0f steps/s", perSecond) : "paused");
        seed.showSeed(state.seed());
    }

    private void setEnabledAll(boolean enabled) {
        play.setEnabled(enabled);
        step.setEnabled(enabled);
        stepD.setEnabled(enabled);
        stepG.setEnabled(enabled);
        slowMotion.setEnabled(enabled);
        reset.setEnabled(enabled);
        seed.setEnabled(enabled);
        speedLimit.setEnabled(enabled);
    }
}
