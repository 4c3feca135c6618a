package org.gansim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bookkeeping of the start-up archive, on files only (StartupArchiveJarIT starts real JVMs):
 * which options the window JVM gets, which archive is kept, and that a damaged one is never used.
 */
class StartupArchiveTest {

    private static final long PID = 4242;

    @TempDir
    Path work;

    private Path cache;
    private String jar;

    @BeforeEach
    void folders() throws IOException {
        cache = work.resolve("cache");
        System.setProperty(StartupArchive.FOLDER_PROPERTY, cache.toString());
        jar = Files.writeString(work.resolve("gansim.jar"), "not really a jar").toString();
    }

    @AfterEach
    void clear() {
        System.clearProperty(StartupArchive.FOLDER_PROPERTY);
        System.clearProperty(StartupArchive.ENABLED_PROPERTY);
    }

    private StartupArchive archive() {
        return StartupArchive.forWindow(jar, List.of()).orElseThrow();
    }

    /** What the window JVM would leave behind: an archive in the temporary file, and the mark if it showed the window. */
    private void windowJvmWrote(List<String> options, boolean shown, String content) throws IOException {
        String temporary = option(options, "-XX:ArchiveClassesAtExit=");
        Files.writeString(Path.of(temporary), content);
        if (shown) {
            Files.writeString(Path.of(option(options, "-D" + StartupArchive.SHOWN_PROPERTY + "=")), "shown\n");
        }
    }

    private static String option(List<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    @Test
    void aFirstStartWritesTheArchiveAndTheNextStartUsesIt() throws IOException {
        List<String> first = archive().jvmOptions(PID);
        assertThat(first).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).contains("-Xlog:cds*=off");
        windowJvmWrote(first, true, "classes");
        archive().finish(PID, 0);

        Path kept = archive().archiveFile(7);
        assertThat(kept).hasContent("classes");
        assertThat(archive().jvmOptions(PID)).containsExactly("-XX:SharedArchiveFile=" + kept, "-Xlog:cds*=off");
        // The note for ./gansim: the JVM, the archive, the options it was made with, the window's options.
        Path note = cache.resolve("launcher-" + StartupArchive.launcherKey(jar) + ".txt");
        assertThat(Files.readAllLines(note)).containsExactly(System.getProperty("java.home"), kept.toString(), "",
                String.join(" ", WindowJvm.options(List.of())));
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.contains(".writing-")
                    || f.contains(".shown-"));
        }
    }

    @Test
    void anArchiveIsKeptOnlyWhenTheWindowShowedAndTheJvmEndedWell() throws IOException {
        windowJvmWrote(archive().jvmOptions(PID), false, "part of the classes"); // no display, say
        archive().finish(PID, 0);
        assertThat(archive().jvmOptions(PID)).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));

        windowJvmWrote(archive().jvmOptions(PID), true, "classes");
        archive().finish(PID, 143); // stopped
        assertThat(archive().jvmOptions(PID)).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".jsa"));
        }
    }

    @Test
    void anArchiveCutShortIsDeletedNotUsed() throws IOException {
        windowJvmWrote(archive().jvmOptions(PID), true, "classes");
        archive().finish(PID, 0);
        Path kept = archive().archiveFile(7);
        Files.delete(kept);
        Files.writeString(kept, "cla"); // the JVM would map past the end of the file, and crash

        List<String> options = archive().jvmOptions(PID);

        assertThat(options).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"))
                .anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(kept).doesNotExist();
    }

    @Test
    void aNewJarGetsANewArchiveAndTheOldOneGoes() throws IOException {
        windowJvmWrote(archive().jvmOptions(PID), true, "classes");
        archive().finish(PID, 0);
        Path old = archive().archiveFile(7);
        Files.writeString(Path.of(jar), "a rebuilt jar, longer than before");

        List<String> options = archive().jvmOptions(PID);
        assertThat(options).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
        windowJvmWrote(options, true, "new classes");
        archive().finish(PID, 0);

        assertThat(archive().archiveFile(11)).hasContent("new classes");
        assertThat(old).doesNotExist();
    }

    @Test
    void noArchiveWhereTheJvmCouldNotUseOrWriteOne() throws IOException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        assertThat(StartupArchive.forWindow(classes.toString(), List.of())).isEmpty();
        assertThat(StartupArchive.forWindow(jar + java.io.File.pathSeparator + classes, List.of())).isEmpty();
        assertThat(StartupArchive.forWindow(jar, List.of("-javaagent:profiler.jar"))).isEmpty();
        assertThat(StartupArchive.forWindow(jar, List.of("-agentlib:jdwp=transport=dt_socket"))).isEmpty();
        assertThat(StartupArchive.forWindow(jar, List.of("-Xshare:off"))).isEmpty();
        assertThat(StartupArchive.forWindow(jar, List.of("-javaagent:probe.jar", "-XX:+AllowArchivingWithJavaAgent")))
                .isPresent();
        System.setProperty(StartupArchive.ENABLED_PROPERTY, "false");
        assertThat(StartupArchive.forWindow(jar, List.of())).isEmpty();
    }

    @Test
    void theFilesOfAStartThatWasKilledAreDeletedLater() throws IOException {
        long gone = ProcessHandle.current().pid() + 1_000_000; // above any pid in use here
        windowJvmWrote(archive().jvmOptions(gone), true, "half an archive"); // then killed: no finish
        long alive = ProcessHandle.current().pid();
        List<String> running = archive().jvmOptions(alive); // a start that is still going
        windowJvmWrote(running, true, "classes");

        archive().jvmOptions(PID);

        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(f -> f.endsWith("-" + gone))
                    .anyMatch(f -> f.endsWith(".writing-" + alive))
                    .anyMatch(f -> f.endsWith(".shown-" + alive));
        }
    }

    @Test
    void aCacheFolderThatCannotBeMadeMeansNoArchive() throws IOException {
        Files.writeString(cache, "a file where the folder should be");
        assertThat(archive().jvmOptions(PID)).isEmpty();
        archive().finish(PID, 0); // nothing to keep, nothing thrown
    }
}
