package org.gansim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JMenuItem;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.MenuElement;
import org.assertj.swing.edt.GuiActionRunner;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few hundred random actions on the real window, as a restless class would make them: menus
 * (targets, variants, views), parameter edits with good and bad values, Play, Step, Reset, the seed
 * and the speed. No exception may escape to any thread, and afterwards the session still steps.
 *
 * <p>Actions go straight to the components on the Swing thread (not through robot clicks), so a few
 * hundred fit in well under a minute; dialogs that wait for a person (add a jar, manage plugins,
 * draw, exit) are left out. The seed of the random actions is printed when the test fails.
 */
@NeedsADisplay
class MonkeyGuiTest {

    private static final int ACTIONS = 300;
    private static final int MIN_ACTIONS = 20; // 26 to 67 seen on the shared 2-core machine at load 30 to 40
    private static final long BUDGET_NANOS = 45_000_000_000L;
    /**
     * Menu items that open a modal dialog (a file chooser, a question, a help page) or close the
     * window: clicked on the Swing thread, a modal dialog would wait for a person for ever. Lessons
     * and recent files are left out too: with unsaved changes they first ask whether to discard them.
     * The compare window is left out because it opens over the main window, where the monkey types;
     * CompareWindowGuiTest drives it.
     */
    private static final List<String> WAITS_FOR_A_PERSON = List.of("exitItem", "addPluginJarItem",
            "managePluginsItem", "newItem", "openItem", "saveItem", "saveAsItem", "exportViewItem", "aboutItem",
            "conceptsItem", "shortcutsItem", "openSubmissionsItem", "compareItem", "generatedPointsItem");
    private static final List<String> TEXTS = List.of("", "0", "-1", "1e308", "NaN", "abc", "2,2", "64,64",
            "0.5", "1000000", "1,2,3,4", " ", "\uFEFF1", "9".repeat(200));

    @TempDir
    Path userFolder;

    private MainWindowUnderTest opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
        // The monkey may have switched the dark theme or projector mode on: the next class starts light.
        GuiActionRunner.execute(() -> Looks.apply(false, false));
    }

    @Test
    @Timeout(180)
    void randomActionsLeaveNoUncaughtExceptionAndTheSessionStillSteps() throws Exception {
        long seed = Long.getLong("monkey.seed", System.nanoTime());
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> uncaught.add(failure));
        List<String> done = new ArrayList<>();
        try {
            opened = new MainWindowUnderTest(new PluginManager(PluginRegistry.load(List.of()), userFolder));
            SplittableRandom random = new SplittableRandom(seed);
            // A time budget as well as a count: on a loaded machine the Swing thread is slower.
            long stopAt = System.nanoTime() + BUDGET_NANOS;
            for (int i = 0; i < ACTIONS && System.nanoTime() < stopAt; i++) {
                long started = System.nanoTime();
                String action = GuiActionRunner.execute(() -> act(random));
                done.add(action + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
                Thread.sleep(random.nextInt(10));
            }
            opened.robot.waitForIdle();
            System.out.printf("MonkeyGuiTest: %d random actions, seed %d: %s%n", done.size(), seed, done);
            assertThat(done).as("seed %d: %s", seed, done).hasSizeGreaterThanOrEqualTo(MIN_ACTIONS);
            assertThat(uncaught).as("seed %d, actions %s", seed, done).isEmpty();

            // Still usable: back to the ring and the vanilla GAN, a fresh start, and one step.
            opened.chooseTarget("ring8");
            opened.chooseVariant("vanilla");
            GuiActionRunner.execute(() -> pause());
            click("resetButton");
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline && (opened.state() == null || opened.state().step() != 0)) {
                Thread.sleep(50);
            }
            click("stepButton");
            while (System.nanoTime() < deadline && (opened.state() == null || opened.state().step() < 1)) {
                Thread.sleep(50);
            }
            assertThat(opened.state().step()).as("seed %d: the session steps after the monkey", seed).isEqualTo(1);
            assertThat(uncaught).as("seed %d", seed).isEmpty();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private void click(String name) {
        GuiActionRunner.execute(() -> ((AbstractButton) find(opened.mainWindow, name)).doClick());
    }

    /** Presses Play if it says Pause, so the step that follows is the only one. */
    private Void pause() {
        AbstractButton play = (AbstractButton) find(opened.mainWindow, "playButton");
        if (!"Play".equals(play.getText())) {
            play.doClick();
        }
        return null;
    }

    /** One random action on the Swing thread; returns what it did, for the failure message. */
    private String act(SplittableRandom random) {
        int kind = random.nextInt(10);
        if (kind < 3) {
            List<JMenuItem> items = menuItems();
            JMenuItem item = items.get(random.nextInt(items.size()));
            if (item.isEnabled()) {
                item.doClick();
            }
            return "menu " + item.getName();
        }
        if (kind < 6) {
            List<Component> inputs = new ArrayList<>();
            collect(opened.mainWindow.getContentPane(), c -> c.getName() != null && c.getName().startsWith("param:"), inputs);
            if (inputs.isEmpty()) {
                return "no parameters";
            }
            Component input = inputs.get(random.nextInt(inputs.size()));
            return "edit " + input.getName() + " " + edit(input, random);
        }
        String[] buttons = {"playButton", "stepButton", "resetButton", "seedSpinner", "speedLimit"};
        String name = buttons[random.nextInt(buttons.length)];
        Component c = find(opened.mainWindow, name);
        if (c instanceof AbstractButton button) {
            button.doClick();
            return "press " + name;
        }
        return "edit " + name + " " + edit(c, random);
    }

    private static String edit(Component input, SplittableRandom random) {
        if (input instanceof JSpinner spinner) {
            Object next = random.nextBoolean() ? spinner.getNextValue() : spinner.getPreviousValue();
            if (next != null) {
                spinner.setValue(next);
            }
            return String.valueOf(next);
        }
        if (input instanceof JComboBox<?> combo && combo.getItemCount() > 0) {
            int index = random.nextInt(combo.getItemCount());
            combo.setSelectedIndex(index);
            return String.valueOf(combo.getItemAt(index));
        }
        if (input instanceof JCheckBox box) {
            box.doClick();
            return String.valueOf(box.isSelected());
        }
        if (input instanceof JTextField field) {
            String text = TEXTS.get(random.nextInt(TEXTS.size()));
            field.setText(text);
            field.postActionEvent();
            return "'" + (text.length() > 10 ? text.substring(0, 10) + "…" : text) + "'";
        }
        if (input instanceof JButton) {
            return "(a dialog button, left alone)";
        }
        return "(" + input.getClass().getSimpleName() + ", left alone)";
    }

    /** Every menu item but those that open a dialog waiting for a person or close the window. */
    private List<JMenuItem> menuItems() {
        List<JMenuItem> items = new ArrayList<>();
        collectMenu(opened.mainWindow.getJMenuBar(), items);
        // An item whose text ends in "…" asks for more in a dialog, whoever added it (a view's own items too).
        items.removeIf(i -> i.getName() == null || WAITS_FOR_A_PERSON.contains(i.getName())
                || i.getText() != null && i.getText().endsWith("\u2026")
                || i.getName().startsWith("lesson") || i.getName().startsWith("recent:")
                || i.getName().startsWith("preset:") // like New: asks about unsaved changes first
                || i.getSubElements().length > 0);
        return items;
    }

    private static void collectMenu(MenuElement element, List<JMenuItem> items) {
        for (MenuElement child : element.getSubElements()) {
            if (child instanceof JMenuItem item) {
                items.add(item);
            }
            collectMenu(child, items);
        }
    }

    private static Component find(Container root, String name) {
        List<Component> found = new ArrayList<>();
        collect(root, c -> name.equals(c.getName()), found);
        return found.isEmpty() ? null : found.get(0);
    }

    private static void collect(Container root, java.util.function.Predicate<Component> wanted, List<Component> found) {
        for (Component c : root.getComponents()) {
            if (wanted.test(c)) {
                found.add(c);
            }
            if (c instanceof Container inner) {
                collect(inner, wanted, found);
            }
        }
    }
}
