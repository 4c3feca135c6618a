package org.gansim.app.ui.plugins;

import org.gansim.app.ui.NeedsADisplay;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JOptionPane;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.gansim.app.plugins.PluginManager;
import org.gansim.app.plugins.PluginRegistry;
import org.gansim.app.plugins.TestPluginJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins → Manage… in a real dialog under a display: the table, Reload and Add plugin jar. */
@NeedsADisplay
class PluginManagerDialogGuiTest {

    @TempDir
    Path temp;

    private Path userFolder;
    private PluginManager manager;
    private Robot robot;
    private DialogFixture dialog;


    @BeforeEach
    void open() throws IOException {
        userFolder = temp.resolve("user-plugins");
        TestPluginJars.circle(userFolder, "circle.jar", "circle");
        TestPluginJars.throwingVariant(userFolder, "broken.jar");
        manager = new PluginManager(PluginRegistry.load(List.of(userFolder)), userFolder);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        PluginManagerDialog shown = GuiActionRunner.execute(() -> new PluginManagerDialog(null, manager));
        dialog = new DialogFixture(robot, shown);
        RobotClicks.showAtOrigin(robot, shown);
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.cleanUp();
        }
        if (manager != null) {
            manager.registry().close();
        }
    }

    private List<List<String>> rows() {
        return GuiActionRunner.execute(() -> {
            JTable table = dialog.table("pluginTable").target();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < table.getRowCount(); r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    row.add(String.valueOf(table.getValueAt(r, c)));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    private List<String> rowWithId(String id) {
        return rows().stream().filter(r -> r.get(1).equals(id)).findFirst().orElse(null);
    }

    private void waitUntil(String what, Supplier<Boolean> condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return condition.get();
            }
        }, Timeout.timeout(20_000));
    }

    @Test
    void theTableShowsEveryPluginWithItsOriginAndTheErrorOfTheFailedOne() throws IOException {
        String circleJar = userFolder.resolve("circle.jar").toString();
        String brokenJar = userFolder.resolve("broken.jar").toString();
        assertThat(rowWithId("circle")).containsExactly("target", "circle", "Circle circle", "1.0", circleJar,
                "loaded", "");
        assertThat(rows()).anySatisfy(row -> {
            assertThat(row.subList(0, 6)).containsExactly("variant", "", "", "", brokenJar, "FAILED");
            assertThat(row.get(6)).matches("demo.Boom could not be created: IllegalStateException: no weights file"
                    + " \\(at demo.Boom.<init>:\\d+\\)");
        });
        assertThat(rows()).anySatisfy(r -> assertThat(r.get(4)).isEqualTo("built-in"));
        assertThat(dialog.label("pluginSummary").text()).endsWith("; 1 failed.");
        screenshot("plugin-manager.png");
    }

    @Test
    void reloadPicksUpAJarDroppedIntoTheFolderWhileTheAppRuns() throws IOException {
        assertThat(rowWithId("late")).isNull();
        TestPluginJars.circle(userFolder, "late.jar", "late");

        PluginRegistry before = manager.registry();
        RobotClicks.press(dialog.button("reloadPlugins"), "reloaded",
                () -> manager.registry() != before);

        waitUntil("the new jar's row", () -> rowWithId("late") != null);
        assertThat(rowWithId("late").get(4)).isEqualTo(userFolder.resolve("late.jar").toString());
        assertThat(manager.registry().target("late")).isPresent();
    }

    @Test
    void addPluginJarCopiesTheChosenJarAndShowsWhatItProvides() throws IOException {
        Path downloads = temp.resolve("downloads");
        Path jar = TestPluginJars.circle(downloads, "homework.jar", "homework");

        RobotClicks.press(dialog.button("addPluginJar"), "the file chooser shows",
                () -> RobotClicks.chooserShowing(robot, "pluginJarChooser"));
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("pluginJarChooser").withTimeout(20_000).using(robot);
        chooser.setCurrentDirectory(downloads.toFile());
        chooseFile(chooser, jar);

        JOptionPaneFixture message = JOptionPaneFinder.findOptionPane(new GenericTypeMatcher<>(JOptionPane.class) {
            @Override
            protected boolean isMatching(JOptionPane pane) {
                return String.valueOf(pane.getMessage()).startsWith("Added homework.jar");
            }
        }).withTimeout(20_000).using(robot);
        message.requireInformationMessage();
        message.requireMessage("Added homework.jar to " + userFolder + ".\nNow available: target homework.");
        // Enter presses the message's OK button: keys reach the focused dialog wherever it is drawn
        RobotClicks.clickUntil(() -> robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER), "the message closed",
                () -> !message.target().isShowing());

        assertThat(userFolder.resolve("homework.jar")).exists();
        waitUntil("the added jar's row", () -> rowWithId("homework") != null);
    }

    @Test
    void addingAFileThatIsNotAPluginJarSaysWhyAndCopiesNothing() throws IOException {
        Path downloads = Files.createDirectories(temp.resolve("downloads"));
        Path notes = Files.writeString(downloads.resolve("notes.jar"), "my notes");

        RobotClicks.press(dialog.button("addPluginJar"), "the file chooser shows",
                () -> RobotClicks.chooserShowing(robot, "pluginJarChooser"));
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("pluginJarChooser").withTimeout(20_000).using(robot);
        chooser.setCurrentDirectory(downloads.toFile());
        chooseFile(chooser, notes);

        JOptionPaneFixture message = JOptionPaneFinder.findOptionPane().withTimeout(20_000).using(robot);
        message.requireErrorMessage();
        assertThat(String.valueOf(message.target().getMessage())).startsWith("notes.jar is not a readable jar file")
                .endsWith("; nothing was added");
        // Enter presses the message's OK button: keys reach the focused dialog wherever it is drawn
        RobotClicks.clickUntil(() -> robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER), "the message closed",
                () -> !message.target().isShowing());
        assertThat(userFolder.resolve("notes.jar")).doesNotExist();
    }

    /** Saves what the dialog looks like, for a person to check the layout. */
    private void screenshot(String name) throws IOException {
        BufferedImage image = GuiActionRunner.execute(() -> {
            java.awt.Window window = dialog.target();
            BufferedImage canvas = new BufferedImage(window.getWidth(), window.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = canvas.createGraphics();
            window.paintAll(g);
            g.dispose();
            return canvas;
        });
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(image, "png", folder.resolve(name).toFile());
        assertThat(image.getWidth()).isGreaterThan(0);
    }

    /** Types the jar's path into the file chooser and presses Enter. */
    private void chooseFile(JFileChooserFixture chooser, Path file) {
        chooser.fileNameTextBox().setText(file.toString());
        // Enter in the file name field approves, as a user typing a path would
        RobotClicks.clickUntil(() -> chooser.fileNameTextBox().pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER),
                "the file chooser closed", () -> !RobotClicks.chooserShowing(robot, "pluginJarChooser"));
    }
}
