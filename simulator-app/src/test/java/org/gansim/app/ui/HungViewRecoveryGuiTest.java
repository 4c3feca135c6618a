package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gansim.api.Visualization;
import org.gansim.app.experiment.Experiment;
import org.gansim.app.experiment.ExperimentFiles;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.ui.plugins.RobotClicks;
import org.gansim.fakes.FakePluginJar;
import org.gansim.fakes.HangingPaintVisualization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view whose painting never returns freezes every window of GanSim (Swing has one thread), so the
 * watchdog names it, keeps the experiment without it and asks for a restart; here the restart is
 * caught instead of ending the test's JVM, and the stuck painting is let go afterwards.
 */
@NeedsADisplay
class HungViewRecoveryGuiTest {

    @TempDir
    Path folder;

    private MainWindowUnderTest opened;
    private final CaughtRestarts restarts = new CaughtRestarts();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    record Restart(Optional<Path> experiment, String view, String why, String note) {
    }

    /** Records what the real app would restart with. */
    static final class CaughtRestarts implements WindowRestart.Restarter {
        final BlockingQueue<Restart> asked = new LinkedBlockingQueue<>();

        @Override
        public void restart(Optional<Path> experiment, String view, String why, String note) {
            asked.add(new Restart(experiment, view, why, note));
        }

        @Override
        public void giveUp() {
            asked.add(new Restart(Optional.empty(), "", "gave up", ""));
        }
    }

    @BeforeEach
    void openWindowWithTheHangingView() throws Exception {
        Path plugins = Files.createDirectories(folder.resolve("plugins"));
        FakePluginJar.writeWithOnly(plugins.resolve("hanging.jar"), Visualization.class, HangingPaintVisualization.class);
        opened = new MainWindowUnderTest(new PluginManager(PluginRegistry.load(List.of(plugins)),
                Files.createDirectories(folder.resolve("user"))));
        RobotClicks.waitUntil("the hanging view is open", () -> !opened.robot.finder()
                .findAll(c -> "view:hanging-paint".equals(c.getName()) && c.isShowing()).isEmpty());
    }

    @AfterEach
    void letGoAndClose() {
        System.clearProperty(HangingPaintVisualization.ARMED); // the stuck painting returns
        if (opened != null) {
            opened.close();
        }
    }

    private long stepCounter() {
        return Long.parseLong(opened.window.label("stepCounter").text().replace("Step ", ""));
    }

    private Thread watch(Duration limit, String limitText) {
        return SwingWatchdog.start(limit, SwingWatchdog.byPackage(() -> opened.mainWindow.recoveryPoint().openViews()),
                new HungViewRecovery(opened.mainWindow::recoveryPoint,
                folder.resolve("recovered"), restarts, new PrintStream(err, true, StandardCharsets.UTF_8), limitText));
    }

    @Test
    void aViewThatNeverFinishesPaintingIsNamedAndTheExperimentIsKeptWithoutIt() throws Exception {
        for (int i = 1; i <= 3; i++) {
            opened.window.button("stepButton").click();
            int steps = i;
            RobotClicks.waitUntil(steps + " steps", () -> stepCounter() == steps);
        }
        Thread watchdog = watch(Duration.ofMillis(1500), "1.5 s");
        System.setProperty(HangingPaintVisualization.ARMED, "true");
        opened.mainWindow.repaint(); // from this thread: the Swing thread is about to be stuck

        Restart restart = restarts.asked.poll(30, TimeUnit.SECONDS);
        assertNotNull(restart, "no restart was asked for; the watchdog said: " + err);
        assertEquals("hanging-paint", restart.view());
        assertEquals("did not finish painting within 1.5 s", restart.why());
        assertEquals("GanSim: view 'hanging-paint' did not finish painting within 1.5 s, which froze the window;"
                + " starting again without it.", err.toString(StandardCharsets.UTF_8).strip());
        Path kept = restart.experiment().orElseThrow();
        assertTrue(kept.startsWith(folder.resolve("recovered")), kept.toString());
        assertTrue(restart.note().startsWith("View 'hanging-paint' did not finish painting within 1.5 s and froze"
                + " the window, so GanSim started again without it"), restart.note());
        assertTrue(restart.note().contains(kept.toString()), restart.note());

        // Saved while the Swing thread was stuck: the training thread still answered.
        Experiment experiment = ExperimentFiles.read(kept);
        assertEquals(3, experiment.steps());
        assertNotNull(experiment.run(), "the networks were kept");
        assertTrue(experiment.hiddenViews().contains("hanging-paint"), experiment.hiddenViews().toString());
        assertTrue(experiment.views().stream().noneMatch(v -> v.id().equals("hanging-paint")),
                experiment.views().toString());
        assertTrue(experiment.views().stream().anyMatch(v -> v.id().equals("scatter")), experiment.views().toString());

        System.clearProperty(HangingPaintVisualization.ARMED);
        watchdog.join(5000);
        assertFalse(watchdog.isAlive(), "the watchdog ends after its report");
    }

    @Test
    void aViewStuckInATaskOfItsOwnIsFoundOnTheSwingThreadsStack() throws Exception {
        opened.window.button("playButton").click();
        RobotClicks.waitUntil("training runs", () -> stepCounter() >= 5);
        Thread watchdog = watch(Duration.ofMillis(1500), "1.5 s");
        System.setProperty(HangingPaintVisualization.ARMED, HangingPaintVisualization.LATER);

        Restart restart = restarts.asked.poll(30, TimeUnit.SECONDS);
        assertNotNull(restart, "no restart was asked for; the watchdog said: " + err);
        assertEquals("hanging-paint", restart.view());
        assertEquals("did not finish its own work on the Swing thread within 1.5 s", restart.why());
        Experiment experiment = ExperimentFiles.read(restart.experiment().orElseThrow());
        assertTrue(experiment.hiddenViews().contains("hanging-paint"), experiment.hiddenViews().toString());
        assertTrue(experiment.steps() >= 5, "the training thread kept the run: step " + experiment.steps());

        System.clearProperty(HangingPaintVisualization.ARMED);
        watchdog.join(5000);
        assertFalse(watchdog.isAlive(), "the watchdog ends after its report");
        opened.window.button("playButton").click();
    }

    @Test
    void viewsThatPaintInTimeAreLeftAlone() throws Exception {
        Thread watchdog = watch(Duration.ofMillis(1000), "1 s");
        opened.window.button("playButton").click();
        RobotClicks.waitUntil("training runs", () -> stepCounter() >= 20);
        assertNull(restarts.asked.poll(4, TimeUnit.SECONDS), "every view returned within the limit");
        assertTrue(watchdog.isAlive());
        watchdog.interrupt();
        opened.window.button("playButton").click();
    }
}
