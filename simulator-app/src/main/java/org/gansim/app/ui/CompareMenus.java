package org.gansim.app.ui;

import java.awt.event.KeyEvent;
import java.util.Locale;
import javax.swing.JMenu;
import javax.swing.JMenuBar;

/**
 * The compare window's menu bar: File (Save comparison…, Close) and Simulation (the control bar's
 * buttons and the Speed choices), with the main window's keys where the action is the same.
 *
 * <p>Swing thread only.
 */
final class CompareMenus {

    private CompareMenus() {
    }

    /**
     * @param controls the control bar whose buttons the Simulation items press
     * @param save     what Save comparison… does
     * @param close    what Close does
     */
    static JMenuBar build(CompareControls controls, Runnable save, Runnable close) {
        JMenu file = Menus.menu("File", KeyEvent.VK_F, "compareFileMenu");
        file.add(Menus.item("Save comparison\u2026", KeyEvent.VK_S, "ctrl S", "saveComparisonItem",
                "Save both runs, networks included, as two experiment files (name-left.json and"
                        + " name-right.json) that File \u2192 Open reopens.", save));
        file.addSeparator();
        file.add(Menus.item("Close", KeyEvent.VK_C, "ctrl W", "closeCompareItem",
                "Close this window; both runs stop.", close));

        JMenu simulation = Menus.menu("Simulation", KeyEvent.VK_S, "compareSimulationMenu");
        simulation.add(Menus.item("Play/Pause", KeyEvent.VK_P, "SPACE", "comparePlayPauseItem",
                "Train both runs, or pause both at the same step (Space, unless you are typing in a field).", () -> {
                    if (!Menus.typingInAField()) {
                        controls.pressPlay();
                    }
                }));
        simulation.add(Menus.item("Step", KeyEvent.VK_S, "ctrl RIGHT", "compareStepItem",
                "One step on both sides.", controls::pressStep));
        simulation.add(Menus.item("Step D", KeyEvent.VK_D, "ctrl D", "compareStepDItem",
                "Update only the discriminators once, on both sides.", controls::pressStepD));
        simulation.add(Menus.item("Step G", KeyEvent.VK_G, "ctrl G", "compareStepGItem",
                "Update only the generators once, on both sides.", controls::pressStepG));
        simulation.add(Menus.item("Reset", KeyEvent.VK_R, "ctrl R", "compareResetItem",
                "Start both runs again from step 0, from the same seed.", controls::pressReset));
        JMenu speed = Menus.menu("Speed", KeyEvent.VK_E, "compareSpeedMenu");
        speed.setToolTipText("Slow both runs down to watch each step; the numbers stay the same.");
        String[] names = SpeedLimitBox.names();
        for (int i = 0; i < names.length; i++) {
            int index = i;
            speed.add(Menus.item(names[i], KeyEvent.VK_1 + i, "ctrl " + (i + 1), "compareSpeed:" + i,
                    "Train both at " + names[i].toLowerCase(Locale.ROOT) + ".", () -> controls.chooseSpeed(index)));
        }
        simulation.add(speed);

        JMenuBar bar = new JMenuBar();
        bar.add(file);
        bar.add(simulation);
        return bar;
    }
}
