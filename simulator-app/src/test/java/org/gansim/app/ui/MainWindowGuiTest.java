package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JTextArea;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.session.SessionState;
import org.gansim.app.ui.plugins.RobotClicks;
import org.gansim.fakes.FakePluginJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gansim.api.View;

/**
 * The real main window, built from the real plugin registry (the built-ins plus the fake plugins of
 * the test sources, given as a plugin folder), driven with the mouse and keyboard under a display.
 */
@NeedsADisplay
class MainWindowGuiTest {

    @TempDir
    static Path pluginFolder;

    @TempDir
    Path userFolder;

    private PluginRegistry registry;
    private MainWindowUnderTest opened;

    @BeforeAll
    static void setUpOnce() throws IOException {
        FailOnThreadViolationRepaintManager.install();
        FakePluginJar.writeTo(pluginFolder);
    }

    @AfterAll
    static void tearDownOnce() {
        // The check is global to the JVM: leave other test classes as they found Swing.
        FailOnThreadViolationRepaintManager.uninstall();
    }

    @BeforeEach
    void openWindow() {
        registry = PluginRegistry.load(List.of(pluginFolder));
        opened = new MainWindowUnderTest(new PluginManager(registry, userFolder));
    }

    @AfterEach
    void closeWindow() {
        if (opened != null) {
            opened.close();
        }
    }

    private long stepCounter() {
        String text = opened.window.label("stepCounter").text();
        return Long.parseLong(text.replace("Step ", ""));
    }

    private SessionState state() {
        return opened.state();
    }

    private String status() {
        return opened.window.label("statusLabel").text();
    }

    private void choose(String target, String variant) {
        opened.chooseTarget(target);
        opened.chooseVariant(variant);
    }

    /** What the data-space view shows now, painted into an image. */
    private BufferedImage dataSpacePicture() {
        JComponent canvas = opened.robot.finder().findByName("dataSpaceCanvas", JComponent.class, true);
        return GuiActionRunner.execute(() -> {
            BufferedImage image = new BufferedImage(canvas.getWidth(), canvas.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            canvas.paint(g);
            g.dispose();
            return image;
        });
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void chooseFromTheMenusPlaySeeItLearnThenPauseReallyStops() throws InterruptedException {
        choose("ring8", "drift");
        RobotClicks.waitUntil("the title names the choice", () -> opened.window.target().getTitle().endsWith(" \u2014 "
                + registry.target("ring8").get().name() + " / " + registry.variant("drift").get().name()));
        assertTrue(opened.window.menuItem("target:ring8").target().isSelected());
        assertEquals("0", opened.window.label("stepCounter").text().replace("Step ", ""));
        BufferedImage before = dataSpacePicture();

        opened.window.button("playButton").click();
        RobotClicks.waitUntil("training runs", () -> stepCounter() >= 50);
        opened.window.button("playButton").requireText("Pause");
        BufferedImage during = dataSpacePicture();
        assertTrue(differingPixels(before, during) > 100, "the generated points move as G learns");

        opened.window.button("playButton").click();
        RobotClicks.waitUntil("training pauses", () -> !state().running() && opened.window.button("playButton").text().equals("Play"));
        long paused = stepCounter();
        Thread.sleep(1000);
        assertEquals(paused, stepCounter(), "the counter stays put while paused");
        assertEquals(paused, state().step(), "and no step is taken behind it");
        assertEquals("paused", opened.window.label("speedLabel").text());
    }

    @Test
    void aReloadWithANewJarPutsItsPluginsInTheMenus() throws IOException {
        opened.close(); // also releases its robot and closes the registry
        registry = PluginRegistry.load(List.of());
        PluginManager manager = new PluginManager(registry, userFolder);
        opened = new MainWindowUnderTest(manager);
        assertTrue(opened.robot.finder().findAll(c -> "variant:drift".equals(c.getName())).isEmpty());

        FakePluginJar.writeTo(userFolder);
        registry = manager.reload();
        RobotClicks.waitUntil("the new plugins are offered", () -> !opened.robot.finder()
                .findAll(c -> "variant:drift".equals(c.getName())).isEmpty());
        choose("blob", "drift");
        opened.window.button("stepButton").click();
        RobotClicks.waitUntil("it trains with the new plugins", () -> stepCounter() == 1);
    }

    @Test
    void theMenusOfferThePluginManager() {
        RobotClicks.clickUntil(() -> opened.window.menuItem("managePluginsItem").click(), "the plugin manager shows",
                () -> !opened.robot.finder().findAll(c -> "pluginManagerDialog".equals(c.getName()) && c.isShowing())
                        .isEmpty());
        opened.window.dialog("pluginManagerDialog").close();
        opened.window.menuItem("addPluginJarItem").requireEnabled();
        opened.window.menuItem("exitItem").requireEnabled();
    }

    @Test
    void stepTakesOneStepAndResetStartsAgain() {
        choose("ring8", "drift");
        opened.window.button("stepButton").click();
        RobotClicks.waitUntil("one step", () -> stepCounter() == 1);
        opened.window.button("stepButton").click();
        opened.window.button("stepButton").click();
        RobotClicks.waitUntil("three steps", () -> stepCounter() == 3);
        opened.window.button("resetButton").click();
        RobotClicks.waitUntil("back to step 0", () -> stepCounter() == 0 && state().step() == 0);
    }

    @Test
    void aViewThatThrowsWhilePaintingIsReplacedByANoticeAndTheRestGoesOn() {
        choose("ring8", "drift");
        opened.window.button("stepButton").click();
        RobotClicks.waitUntil("the broken view is replaced", () -> opened.robot.finder()
                .findAll(c -> "viewError:broken-paint".equals(c.getName()) && c.isShowing()).size() == 1);
        JTextArea notice = (JTextArea) opened.robot.finder().findByName("viewError:broken-paint");
        String text = GuiActionRunner.execute(() -> notice.getText());
        assertTrue(text.startsWith("View 'broken-paint' failed while painting: IllegalStateException: cannot draw step"),
                text);
        opened.window.button("stepButton").click();
        RobotClicks.waitUntil("training goes on", () -> stepCounter() == 2);
        opened.robot.finder().findByName("dataSpaceCanvas", JComponent.class, true);
    }

    @Test
    void aPluginFaultPausesWithAMessageAndTheAppStaysUsable() {
        choose("ring8", "drift");
        opened.window.comboBox("param:variant.fault").selectItem("throw");
        RobotClicks.waitUntil("the fault is set", () -> "throw".equals(state().settings().all().get("variant.fault")));
        opened.window.button("playButton").click();
        RobotClicks.waitUntil("the fault is reported", () -> status().contains("Plugin 'drift' failed in a generator step:"
                + " IllegalStateException: boom at step 5"));
        opened.window.button("playButton").requireText("Play");
        assertEquals(4, stepCounter());

        opened.window.comboBox("param:variant.fault").selectItem("none");
        opened.window.button("stepButton").click();
        RobotClicks.waitUntil("training goes on", () -> stepCounter() == 5);
        assertFalse(status().contains("Plugin"), status());
    }

    @Test
    void aNanInTheFirstStepsPausesWithAdviceOnTheLossFirst() {
        choose("ring8", "drift");
        opened.window.comboBox("param:variant.fault").selectItem("nan");
        RobotClicks.waitUntil("the fault is set", () -> "nan".equals(state().settings().all().get("variant.fault")));
        opened.window.button("playButton").click();
        // The drift fake reports NaN from its 5th generator step on.
        RobotClicks.waitUntil("the NaN is reported", () -> status().contains("Plugin 'drift' reported g_loss=NaN in a"
                + " generator step: at step 5 that is rarely the learning rate: look first for a log of 0 or less, or a"
                + " division by 0, in the loss"));
        opened.window.button("playButton").requireText("Play");
        java.awt.image.BufferedImage shot = org.assertj.swing.edt.GuiActionRunner.execute(() -> {
            java.awt.image.BufferedImage canvas = new java.awt.image.BufferedImage(opened.mainWindow.getWidth(),
                    opened.mainWindow.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = canvas.createGraphics();
            opened.mainWindow.paintAll(g);
            g.dispose();
            return canvas;
        });
        try {
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(shot, "png", folder.resolve("nan-first-steps.png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPluginStuckInALoopIsNamedAndResetStartsAFreshSimulation() {
        choose("ring8", "drift");
        opened.window.comboBox("param:variant.fault").selectItem("loop");
        RobotClicks.waitUntil("the fault is set", () -> "loop".equals(state().settings().all().get("variant.fault")));
        opened.window.button("playButton").click();
        RobotClicks.waitUntil("the stuck plugin is named", () -> status().contains("Plugin 'drift' has not returned for"));
        assertTrue(status().contains("Press Reset to start a fresh simulation (Java cannot stop the stuck call: it may"
                + " keep a core busy until GanSim is closed)."), status());

        opened.window.button("resetButton").click();
        RobotClicks.waitUntil("a fresh simulation", () -> state() != null && state().step() == 0 && !state().running()
                && status().isBlank());
        opened.window.comboBox("param:variant.fault").selectItem("none");
        opened.window.button("stepButton").click();
        RobotClicks.waitUntil("it trains", () -> stepCounter() == 1);
    }

    @Test
    void liveValuesApplyAtOnceAndArchitectureWaitsForReset() {
        choose("ring8", "drift");
        opened.window.spinner("param:variant.lr_g").increment();
        RobotClicks.waitUntil("the new rate is in force", () -> state().snapshot().get().params().getDouble("variant.lr_g") == 0.1);
        assertEquals("", status().strip());

        opened.window.textBox("param:model.g_hidden").deleteText().enterText("8,8").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        RobotClicks.waitUntil("the reset is asked for", () -> status().startsWith("Reset needed: model.g_hidden"));
        assertEquals(List.of(64, 64), state().snapshot().get().params().getIntList("model.g_hidden"));
        assertNotEquals(opened.window.label("label:model.g_hidden").foreground().target(),
                opened.window.label("label:model.d_hidden").foreground().target(), "the waiting value is marked");

        opened.window.textBox("param:model.g_hidden").deleteText().enterText("8,x").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        RobotClicks.waitUntil("the typo is explained", () -> status().contains("model.g_hidden must be a comma-separated list"));
        opened.window.textBox("param:model.g_hidden").requireText("8,8");

        opened.window.button("resetButton").click();
        RobotClicks.waitUntil("the reset applies it", () -> state().snapshot().get().params().getIntList("model.g_hidden")
                .equals(List.of(8, 8)) && !state().resetNeeded());
        assertEquals(0.1, state().snapshot().get().params().getDouble("variant.lr_g"), "live values survive a reset");
    }
}
