package org.gansim.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command line of the window started again after a view froze it. */
class WindowRestartTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty(WindowRestart.VIEWS_OFF);
        System.clearProperty(WindowRestart.COUNT);
        System.clearProperty(WindowRestart.WHY);
    }

    private static List<String> command() {
        return new WindowRestart(List.of("--plugin-dir", "/plugins")).command(Optional.of(Path.of("/kept/x.json")),
                "hanging-paint", "did not finish painting within 10 s", "View 'hanging-paint' froze the window.");
    }

    @Test
    void theSameJavaOptionsAndPluginsOpenTheKeptExperimentWithTheViewSwitchedOff() {
        List<String> command = command();
        assertEquals(ProcessHandle.current().info().command().orElseThrow(), command.get(0));
        List<String> own = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> !o.startsWith("-Dgansim.")).toList();
        assertTrue(command.containsAll(own), "the JVM options are kept: " + own);
        assertTrue(command.contains("-Dgansim.recovery.viewsOff=hanging-paint"), command.toString());
        assertTrue(command.contains("-Dgansim.recovery.why=did not finish painting within 10 s"), command.toString());
        assertTrue(command.contains("-Dgansim.recovery.note=View 'hanging-paint' froze the window."), command.toString());
        assertTrue(command.contains("-Dgansim.recovery.count=1"), command.toString());
        int main = command.indexOf("org.gansim.app.Main");
        assertEquals(System.getProperty("java.class.path"), command.get(main - 1));
        assertEquals(List.of("--plugin-dir", "/plugins", "/kept/x.json"), command.subList(main + 1, command.size()));
    }

    @Test
    void viewsSwitchedOffBeforeStayOffAndRestartsAreCounted() {
        System.setProperty(WindowRestart.VIEWS_OFF, "slow-view");
        System.setProperty(WindowRestart.COUNT, "1");
        assertEquals(Set.of("slow-view"), WindowRestart.viewsOff());
        assertTrue(WindowRestart.mayRestart());
        List<String> command = command();
        assertTrue(command.contains("-Dgansim.recovery.viewsOff=slow-view,hanging-paint"), command.toString());
        assertTrue(command.contains("-Dgansim.recovery.count=2"), command.toString());

        System.setProperty(WindowRestart.VIEWS_OFF, "slow-view,hanging-paint");
        System.setProperty(WindowRestart.WHY, "did not finish painting within 10 s");
        assertEquals("did not finish painting within 10 s; switched off until GanSim is closed",
                WindowRestart.whySwitchedOff("hanging-paint"));
        assertEquals("froze the window earlier; switched off until GanSim is closed",
                WindowRestart.whySwitchedOff("slow-view"));

        System.setProperty(WindowRestart.COUNT, String.valueOf(WindowRestart.MOST_RESTARTS));
        assertFalse(WindowRestart.mayRestart(), "views that keep freezing the window do not restart it for ever");
    }
}
