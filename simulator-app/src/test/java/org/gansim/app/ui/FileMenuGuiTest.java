package org.gansim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JTextArea;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.gansim.app.experiment.ExperimentFiles;
import org.gansim.app.ui.plugins.RobotClicks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every File, Simulation, Plugins and Help menu action in the real window under a display: saving
 * and opening through the file chooser, the unsaved mark, the question on quitting, a bad file
 * refused with the session untouched, Open Recent, Export view, the Space key and the Help windows.
 */
@NeedsADisplay
class FileMenuGuiTest {

    @TempDir
    Path folder;

    private MainWindowUnderTest opened;


    @BeforeEach
    void openWindow() throws IOException {
        opened = MainWindowUnderTest.withBuiltIns(folder.resolve("user"));
    }

    @AfterEach
    void closeWindow() {
        if (opened != null) {
            opened.close();
        }
    }

    private String title() {
        return GuiActionRunner.execute(() -> opened.mainWindow.getTitle());
    }

    private void menu(String item, String what, java.util.function.BooleanSupplier effect) {
        RobotClicks.clickUntil(() -> opened.window.menuItem(item).click(), what, effect);
    }

    private void stepOnce() {
        long before = opened.state().step();
        menu("stepItem", "one more step", () -> opened.state().step() == before + 1);
    }

    private void chooseInChooser(String name, Path file) {
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser(name).withTimeout(20_000)
                .using(opened.robot);
        chooser.fileNameTextBox().setText(file.toString());
        RobotClicks.clickUntil(() -> chooser.fileNameTextBox().pressAndReleaseKeys(KeyEvent.VK_ENTER),
                "the file chooser closed", () -> !RobotClicks.chooserShowing(opened.robot, name));
    }

    private JOptionPaneFixture optionPane(String startsWith) {
        return JOptionPaneFinder.findOptionPane(new GenericTypeMatcher<>(JOptionPane.class) {
            @Override
            protected boolean isMatching(JOptionPane pane) {
                Object message = pane.getMessage();
                String text = message instanceof javax.swing.JScrollPane scroll
                        ? ((JTextArea) scroll.getViewport().getView()).getText() : String.valueOf(message);
                return text.startsWith(startsWith);
            }
        }).withTimeout(20_000).using(opened.robot);
    }

    /** Presses a button of a question until the question has gone: a click can be lost on a busy machine. */
    private void answer(JOptionPaneFixture question, String button) {
        RobotClicks.press(question.buttonWithText(button), "the question answered with " + button,
                () -> !question.target().isShowing());
    }

    @Test
    void saveAsThenStepMarksUnsavedThenOpenGoesBackToTheSavedStep() throws Exception {
        stepOnce();
        stepOnce();
        assertThat(title()).startsWith("GanSim \u2014 Untitled *");

        Path file = folder.resolve("lesson.json");
        RobotClicks.clickUntil(() -> opened.window.menuItem("saveAsItem").click(), "the save chooser shows",
                () -> RobotClicks.chooserShowing(opened.robot, "experimentChooser"));
        chooseInChooser("experimentChooser", file);
        RobotClicks.waitUntil("saved", () -> Files.exists(file) && title().startsWith("GanSim \u2014 lesson \u2014"));
        assertThat(ExperimentFiles.read(file).steps()).isEqualTo(2);
        assertThat(ExperimentFiles.read(file).run()).isNotNull();

        stepOnce();
        RobotClicks.waitUntil("the unsaved mark", () -> title().startsWith("GanSim \u2014 lesson *"));

        // Open asks about the unsaved step first; Don't Save, then the file's step 2 comes back.
        opened.window.menuItem("openItem").click();
        JOptionPaneFixture question = optionPane("Save the changes to lesson?");
        answer(question, "Don't Save");
        RobotClicks.waitUntil("the open chooser", () -> RobotClicks.chooserShowing(opened.robot, "experimentChooser"));
        chooseInChooser("experimentChooser", file);
        RobotClicks.waitUntil("back at the saved step", () -> opened.state().step() == 2
                && title().startsWith("GanSim \u2014 lesson \u2014"));

        // Open Recent lists it.
        JMenuItem recent = opened.window.menuItem("recent:0").target();
        assertThat(GuiActionRunner.execute(recent::getText)).isEqualTo("1 lesson.json");
    }

    private String dataSpaceLayers() {
        return GuiActionRunner.execute(() -> opened.mainWindow.viewGrid().settings()
                .getOrDefault("scatter", java.util.Map.of()).get("layers"));
    }

    @Test
    void theDataSpaceLayersAreSwitchedFromTheViewMenuAndSavedWithTheExperiment() throws Exception {
        assertThat(dataSpaceLayers()).contains("heat-map");
        menu("layer:heat-map", "the heat map switched off from View \u2192 Data space",
                () -> !dataSpaceLayers().contains("heat-map"));
        opened.chooseTarget("grid25");
        RobotClicks.waitUntil("the views rebuilt for the grid, the heat map still off",
                () -> dataSpaceLayers() != null && !dataSpaceLayers().contains("heat-map")
                        && opened.state().settings().target().id().equals("grid25"));

        Path file = folder.resolve("layers.json");
        assertThat(GuiActionRunner.execute(() -> opened.mainWindow.saveTo(file))).isTrue();
        assertThat(ExperimentFiles.read(file).viewSettings().get("scatter").get("layers"))
                .isEqualTo(dataSpaceLayers()).doesNotContain("heat-map");

        opened.window.menuItem("newItem").click();
        RobotClicks.waitUntil("a new experiment shows every layer again", () -> dataSpaceLayers() != null
                && dataSpaceLayers().contains("heat-map") && opened.state().settings().target().id().equals("ring8"));
        assertThat(GuiActionRunner.execute(() -> opened.mainWindow.openExperiment(file))).isTrue();
        RobotClicks.waitUntil("the saved layers back", () -> dataSpaceLayers() != null
                && !dataSpaceLayers().contains("heat-map") && opened.state().settings().target().id().equals("grid25"));
    }

    @Test
    void aBadFileIsRefusedWithOneSentenceAndTheSessionGoesOn() throws Exception {
        stepOnce();
        Path bad = folder.resolve("broken.json");
        Files.writeString(bad, "{\"format\": \"gansim-experiment\", \"version\": 1, \"name\": 3}");
        byte[] before = Files.readAllBytes(bad);
        var result = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> GuiActionRunner.execute(() -> opened.mainWindow.openExperiment(bad)));
        JOptionPaneFixture refusal = optionPane("broken.json: ");
        refusal.requireErrorMessage();
        refusal.requireMessage("broken.json: $.name must be text in quotes.");
        answer(refusal, "OK");
        assertThat(result.get(20, java.util.concurrent.TimeUnit.SECONDS)).isFalse();
        assertThat(Files.readAllBytes(bad)).isEqualTo(before);
        assertThat(opened.state().step()).isEqualTo(1);
        assertThat(opened.window.label("statusLabel").text()).isEqualTo("\u26a0 broken.json: $.name must be text in quotes.");
    }

    @Test
    void quittingWithUnsavedChangesAsksAndCancelKeepsTheWindow() {
        stepOnce();
        opened.window.menuItem("exitItem").click();
        answer(optionPane("Save the changes to Untitled?"), "Cancel");
        assertThat(GuiActionRunner.execute(opened.mainWindow::isDisplayable)).isTrue();
        opened.window.menuItem("exitItem").click();
        answer(optionPane("Save the changes to Untitled?"), "Don't Save");
        RobotClicks.waitUntil("the window closed", () -> !GuiActionRunner.execute(opened.mainWindow::isDisplayable));
    }

    @Test
    void newStartsAgainAtStepZeroUntitled() {
        stepOnce();
        opened.window.menuItem("newItem").click();
        answer(optionPane("Save the changes to Untitled?"), "Don't Save");
        RobotClicks.waitUntil("a new experiment", () -> opened.state().step() == 0 && !title().contains("*"));
    }

    /** File → Open Preset starts a new experiment at step 0 from the preset's target, variant and values. */
    @Test
    void aPresetOpensItsSettingsAtStepZero() {
        stepOnce();
        opened.window.menuItem("preset:grid-collapse").click();
        answer(optionPane("Save the changes to Untitled?"), "Don't Save");
        RobotClicks.waitUntil("the preset's experiment", () -> {
            var state = opened.state();
            return state.step() == 0 && state.settings().target().id().equals("grid25")
                    && state.settings().variant().id().equals("vanilla")
                    && state.settings().params("model").getInt("latent_dim") == 64
                    && state.settings().params("variant").getDouble("lr_d") == 3e-3
                    && title().startsWith("GanSim \u2014 Mode collapse on the grid");
        });
        JMenuItem item = opened.window.menuItem("preset:ring-decay").target();
        String tooltip = GuiActionRunner.execute(() -> item.getToolTipText());
        assertThat(tooltip).contains("train.lr_schedule=linear")
                .contains("Shows within about 20,000 steps");
    }

    @Test
    void spacePlaysAndPausesAndTheSimulationMenuMatchesTheButtons() {
        GuiActionRunner.execute(() -> opened.mainWindow.getRootPane().requestFocusInWindow());
        RobotClicks.clickUntil(() -> opened.robot.pressAndReleaseKeys(KeyEvent.VK_SPACE), "playing",
                () -> opened.state().running());
        RobotClicks.clickUntil(() -> opened.robot.pressAndReleaseKeys(KeyEvent.VK_SPACE), "paused",
                () -> !opened.state().running());
        menu("playPauseItem", "playing from the menu", () -> opened.state().running());
        menu("playPauseItem", "paused from the menu", () -> !opened.state().running());
        long step = opened.state().step();
        menu("resetItem", "reset from the menu", () -> opened.state().step() == 0);
        assertThat(step).isPositive();
        menu("speed:4", "the slowest speed chosen",
                () -> opened.window.comboBox("speedLimit").target().getSelectedIndex() == 4);
    }

    @Test
    void exportViewWritesAPngOfAView() throws IOException {
        Path png = folder.resolve("view.png");
        RobotClicks.clickUntil(() -> opened.window.menuItem("exportViewItem").click(), "the export chooser shows",
                () -> RobotClicks.chooserShowing(opened.robot, "exportChooser"));
        chooseInChooser("exportChooser", png);
        RobotClicks.waitUntil("the picture", () -> Files.exists(png));
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(100);
        assertThat(image.getHeight()).isGreaterThan(100);
    }

    @Test
    void helpShowsTheShortcutsTheConceptsAndAbout() {
        opened.window.menuItem("shortcutsItem").click();
        JOptionPaneFixture shortcuts = optionPane("File \u2192 New: Ctrl+N");
        String text = ((JTextArea) opened.robot.finder().findByName("shortcutsText")).getText();
        assertThat(text).contains("Simulation \u2192 Play/Pause: Space", "File \u2192 Save: Ctrl+S",
                "Plugins \u2192 Reload: F5", "Help \u2192 Concepts: F1");
        answer(shortcuts, "OK");

        opened.window.menuItem("aboutItem").click();
        JOptionPaneFixture about = optionPane("GanSim ");
        String aboutText = ((JTextArea) opened.robot.finder().findByName("aboutText")).getText();
        assertThat(aboutText).contains("Plugin API version 2", "Plugins are read from:", folder.resolve("user").toString());
        answer(about, "OK");

        opened.window.menuItem("conceptsItem").click();
        answer(optionPane("The game"), "OK");

        menu("reloadPluginsItem", "the plugins reloaded", () -> true);
    }

    @Test
    void everyFixedMenuItemHasAMnemonicAndEveryActionAKey() {
        List<String> missing = GuiActionRunner.execute(() -> {
            List<String> problems = new java.util.ArrayList<>();
            var bar = opened.mainWindow.getJMenuBar();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                JMenu menu = bar.getMenu(i);
                if (menu.getMnemonic() == 0) {
                    problems.add(menu.getText());
                }
                if (List.of("File", "Simulation", "Plugins", "Help").contains(menu.getText())) {
                    for (int k = 0; k < menu.getItemCount(); k++) {
                        JMenuItem item = menu.getItem(k);
                        if (item == null) {
                            continue;
                        }
                        if (item.getMnemonic() == 0 || (!(item instanceof JMenu) && item.getAccelerator() == null)) {
                            problems.add(menu.getText() + " \u2192 " + item.getText());
                        }
                        if (item.getToolTipText() == null) {
                            problems.add(menu.getText() + " \u2192 " + item.getText() + " (tooltip)");
                        }
                    }
                }
            }
            return problems;
        });
        assertThat(missing).isEmpty();
    }
}
