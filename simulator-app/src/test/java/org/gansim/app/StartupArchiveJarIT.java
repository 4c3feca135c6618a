package org.gansim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged start-up archive never stops the window from starting, with real JVMs: {@code java -jar
 * gansim.jar} with no command, as a double-click starts it. The window JVM runs headless here (no
 * window can open, and it ends at once with status 0), which is enough to see it start.
 */
class StartupArchiveJarIT {

    private static final Path JAR = Path.of("target", "gansim.jar").toAbsolutePath();

    @TempDir
    Path work;

    private Path cache;
    private List<String> jvmOptions;

    @BeforeEach
    void options() {
        cache = work.resolve("cache");
        jvmOptions = List.of("-D" + StartupArchive.FOLDER_PROPERTY + "=" + cache, "-Djava.awt.headless=true");
    }

    @AfterEach
    void clear() {
        System.clearProperty(StartupArchive.FOLDER_PROPERTY);
    }

    /** The archive the bare jar started with {@link #jvmOptions} would use, for a file of this length. */
    private Path archiveFor(long length) {
        System.setProperty(StartupArchive.FOLDER_PROPERTY, cache.toString());
        return StartupArchive.forWindow(JAR.toString(), jvmOptions).orElseThrow().archiveFile(length);
    }

    private record Run(int status, String output) {
    }

    private Run bareJar(List<String> options, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().remove(VectorModuleRelaunch.MARKER);
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("gansim.jar finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void anArchiveOfGarbageIsIgnored() throws IOException, InterruptedException {
        byte[] garbage = new byte[100_000];
        new Random(1).nextBytes(garbage);
        Path archive = archiveFor(garbage.length);
        Files.createDirectories(cache);
        Files.write(archive, garbage);

        Run run = bareJar(jvmOptions);

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).contains("GanSim: vector engine").doesNotContain("fatal error");
    }

    @Test
    void anArchiveThatCrashesTheJvmIsDeletedAndTheWindowStartsWithoutIt() throws IOException, InterruptedException {
        // A real archive of GanSim's classes, cut in half but named as whole: it passes the length
        // check and the JVM dies mapping it (SIGBUS), the worst an archive can do.
        Path whole = work.resolve("whole.jsa");
        Run dump = bareJar(List.of("--add-modules=jdk.incubator.vector", "-XX:ArchiveClassesAtExit=" + whole,
                "-Xlog:cds*=off"), "--version");
        assertThat(dump.status()).as(dump.output()).isZero();
        long half = Files.size(whole) / 2;
        try (RandomAccessFile file = new RandomAccessFile(whole.toFile(), "rw")) {
            file.setLength(half);
        }
        Path archive = archiveFor(half);
        Files.createDirectories(cache);
        Files.move(whole, archive);

        Run run = bareJar(jvmOptions);

        assertThat(run.output()).contains("fatal error"); // the first window JVM died
        assertThat(run.status()).as(run.output()).isZero(); // the second one started
        assertThat(run.output()).contains("GanSim: vector engine");
        assertThat(archive).doesNotExist();
    }
}
