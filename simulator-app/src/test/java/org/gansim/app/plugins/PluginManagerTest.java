package org.gansim.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.SwingUtilities;
import org.gansim.api.TargetDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading and adding jars while the app runs, without the dialog. */
class PluginManagerTest {

    @TempDir
    Path temp;

    private Path circleJar(Path folder, String fileName, String id, String version) throws IOException {
        return new PluginJar(fileName)
                .source("demo.Circle", SamplePlugins.circle("demo", id, version, 1))
                .source("demo.CirclePoints", SamplePlugins.circlePoints("demo"))
                .service(TargetDistribution.class, "demo.Circle")
                .writeTo(folder);
    }

    @Test
    void installCopiesTheJarIntoTheUserFolderAndReloads() throws Exception {
        Path user = temp.resolve("user");
        Path downloads = temp.resolve("downloads");
        Path jar = circleJar(downloads, "homework.jar", "homework", "1.0");
        PluginManager manager = new PluginManager(PluginRegistry.load(List.of(user)), user);
        List<PluginRegistry> heard = new CopyOnWriteArrayList<>();
        manager.onReload(heard::add);

        PluginRegistry fresh = manager.install(jar);

        Path installed = user.resolve("homework.jar");
        assertThat(installed).exists().hasSameBinaryContentAs(jar);
        assertThat(fresh).isSameAs(manager.registry());
        assertThat(fresh.target("homework")).isPresent();
        assertThat(PluginManager.rowsOf(fresh, installed)).extracting(PluginEntry::id).containsExactly("homework");
        SwingUtilities.invokeAndWait(() -> { });   // listeners are told on the Swing thread
        assertThat(heard).containsExactly(fresh);
    }

    @Test
    void theUserFolderIsReadEvenWhenStartedWithoutIt() throws Exception {
        Path other = temp.resolve("other");
        Path user = temp.resolve("user");
        PluginManager manager = new PluginManager(PluginRegistry.load(List.of(other)), user);
        assertThat(manager.folders()).containsExactly(other, user);

        circleJar(user, "late.jar", "late", "1.0");
        assertThat(manager.reload().target("late")).isPresent();
    }

    @Test
    void replacingAJarOfTheSameNameLoadsTheNewVersion() throws Exception {
        Path user = temp.resolve("user");
        circleJar(user, "homework.jar", "homework", "1.0");
        PluginManager manager = new PluginManager(PluginRegistry.load(List.of(user)), user);
        TargetDistribution old = manager.registry().target("homework").orElseThrow();

        Path newer = circleJar(temp.resolve("downloads"), "homework.jar", "homework", "2.0");
        PluginRegistry fresh = manager.install(newer);

        assertThat(fresh.target("homework").orElseThrow().version()).isEqualTo("2.0");
        assertThat(old.version()).isEqualTo("1.0");   // the old object still answers
    }

    @Test
    void aFileThatIsNotAPluginJarIsRefusedAndNothingIsCopied() throws Exception {
        Path user = temp.resolve("user");
        PluginManager manager = new PluginManager(PluginRegistry.load(List.of(user)), user);
        Path notes = Files.writeString(temp.resolve("notes.jar"), "my notes");

        assertThatThrownBy(() -> manager.install(notes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("notes.jar is not a readable jar file (ZipException: ")
                .hasMessageEndingWith("); nothing was added");
        assertThat(user.resolve("notes.jar")).doesNotExist();

        Path empty = new PluginJar("empty.jar").raw("readme.txt", new byte[] {'h', 'i'}).writeTo(temp);
        assertThatThrownBy(() -> manager.install(empty)).hasMessage("empty.jar declares no plugins: it has no"
                + " META-INF/services/ file named after org.gansim.api.TargetDistribution, org.gansim.api.GanVariant"
                + " or org.gansim.api.Visualization; nothing was added");
    }
}
