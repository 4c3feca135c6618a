package org.gansim.app.ui;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The one control strip of the compare window: every button acts on both runs at once, the seed and
 * the speed limit are those of both runs, and the counter shows the step they share (or both steps
 * while one catches up with the other).
 *
 * <p>Swing thread only.
 */
final class CompareControls extends JPanel {

    /** What the buttons do; each acts on both sides. */
    interface Actions {
        void play();

        void pause();

        void step();

        void stepDiscriminator();

        void stepGenerator();

        void reset();

        /** A new seed for both runs: both start again from step 0 with it. */
        void seed(long seed);

        /** A new speed limit for both runs, in steps per second, 0 for none. */
        void speedLimit(double stepsPerSecond);
    }

    private final JButton play = new JButton("Play");
    private final JButton step = new JButton("Step");
    private final JButton stepD = new JButton("Step D");
    private final JButton stepG = new JButton("Step G");
    private final JButton reset = new JButton("Reset");
    private final SeedSpinner seed;
    private final SpeedLimitBox speedLimit;
    private final JLabel stepCounter = new JLabel("Step 0");
    /** A hint at first, then what the last save did. */
    private final JLabel status = new JLabel("Same target, seed and step on both sides");
    private boolean running;

    CompareControls(Actions actions) {
        super(new MigLayout("insets 6 10 6 10", "[][][][][]20[][]20[]20[]push[]"));
        play.setName("comparePlayButton");
        step.setName("compareStepButton");
        stepD.setName("compareStepDButton");
        stepG.setName("compareStepGButton");
        reset.setName("compareResetButton");
        stepCounter.setName("compareStepCounter");
        seed = new SeedSpinner("compareSeedSpinner", "The seed both runs share (the data, the latent noise, the"
                + " first weights); a new seed starts both again from step 0 with it.", actions::seed);
        speedLimit = new SpeedLimitBox("compareSpeedLimit", "Slow both runs down to watch each step; the numbers"
                + " stay the same.", actions::speedLimit);
        play.setToolTipText("Train both runs, or pause both at the same step.");
        step.setToolTipText("One step on both sides: k discriminator steps and one generator step each.");
        stepD.setToolTipText("Update only the discriminator once, on both sides: each decision surface moves,"
                + " the points stay.");
        stepG.setToolTipText("Update only the generator once, on both sides: the points move, D stays.");
        reset.setToolTipText("Start both runs again from step 0 with fresh networks, from the same seed.");
        stepCounter.setToolTipText("The generator step both runs are at; they never drift more than a few"
                + " steps apart while playing.");
        stepCounter.setFont(stepCounter.getFont().deriveFont(stepCounter.getFont().getSize2D() + 2f));
        play.addActionListener(e -> {
            if (running) {
                actions.pause();
            } else {
                actions.play();
            }
        });
        step.addActionListener(e -> actions.step());
        stepD.addActionListener(e -> actions.stepDiscriminator());
        stepG.addActionListener(e -> actions.stepGenerator());
        reset.addActionListener(e -> actions.reset());
        add(play, "sg buttons");
        add(step, "sg buttons");
        add(stepD);
        add(stepG);
        add(reset, "sg buttons");
        add(new JLabel("Seed"));
        add(seed, "w 110!");
        add(speedLimit);
        add(stepCounter);
        status.setName("compareStatus");
        status.setEnabled(false);
        add(status);
    }

    /** Chooses the speed limit by its place in {@link SpeedLimitBox#names()}, as if picked in the box. */
    void chooseSpeed(int index) {
        speedLimit.setSelectedIndex(index);
    }

    /** The same as pressing the buttons, for the window's menus. */
    void pressPlay() {
        play.doClick(0);
    }

    void pressStep() {
        step.doClick(0);
    }

    void pressStepD() {
        stepD.doClick(0);
    }

    void pressStepG() {
        stepG.doClick(0);
    }

    void pressReset() {
        reset.doClick(0);
    }

    /** Shows what the last action did, in the error colour when it failed. */
    void showStatus(String message, boolean error) {
        status.setEnabled(true);
        status.setForeground(UIManager.getColor(error ? "Component.error.focusedBorderColor" : "Label.foreground"));
        status.setText(message);
        status.setToolTipText(message);
    }

    /** Shows the seed both runs use. */
    void showSeed(long shared) {
        seed.showSeed(shared);
    }

    /**
     * Shows what the two runs are doing.
     *
     * @param anyRunning whether either run plays (or is still catching up after a pause)
     * @param ready      whether both runs exist and can be commanded
     */
    void show(long leftStep, long rightStep, boolean anyRunning, boolean ready) {
        running = anyRunning;
        play.setText(anyRunning ? "Pause" : "Play");
        play.setEnabled(ready);
        // The single steps wait for a pause: stepping one run while the other still plays would
        // leave them at different steps.
        step.setEnabled(ready && !anyRunning);
        stepD.setEnabled(ready && !anyRunning);
        stepG.setEnabled(ready && !anyRunning);
        reset.setEnabled(true);
        stepCounter.setText(leftStep == rightStep ? "Step " + leftStep : "Steps " + leftStep + " | " + rightStep);
    }
}
