package org.gansim.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * A class-data-sharing archive that lets the window open sooner: the JVM maps the classes GanSim
 * loaded last time (Swing, FlatLaf, the app, the plugins) from one file instead of reading,
 * parsing and checking each class in every jar again (about a third of the start-up).
 *
 * <p>Java 17 cannot make such an archive on its own while it is used (that came in 19), so the
 * program that starts the window JVM ({@link VectorModuleRelaunch}) does it:
 * <ol>
 *   <li>no archive yet: the window JVM gets {@code -XX:ArchiveClassesAtExit=<temporary file>} and
 *       writes the classes it loaded when it ends; only if it ended normally (status 0) is the file
 *       moved into place, with its length in its name;</li>
 *   <li>an archive whose length matches its name: the window JVM gets
 *       {@code -XX:SharedArchiveFile=...}. A file of another length (cut short: mapping it would crash
 *       the JVM) is deleted instead. The JVM itself checks the rest (its own version, the jar's size
 *       and time, the header's checksum) and, if anything differs, simply starts without it.</li>
 * </ol>
 * The archive lives in the user's cache folder ({@code $XDG_CACHE_HOME/gansim} or
 * {@code ~/.cache/gansim}), named after the jar's path, size and time and the JVM's version, so a
 * rebuilt jar or an updated JVM makes a new one (and the old one of that jar is deleted). Only for
 * a class path of jar files (the JVM refuses to archive folders) and only for the window: a command
 * loads other classes. Any problem with the folder or the files means: start without an archive.
 *
 * <p>Main thread only.
 */
final class StartupArchive {

    /** Set to {@code false} to start without the archive (and make none). */
    static final String ENABLED_PROPERTY = "gansim.startupArchive";
    /** The folder for the archive; tests point it elsewhere. */
    static final String FOLDER_PROPERTY = "gansim.cacheDir";
    private static final String SUFFIX = ".jsa";
    /** In the window JVM: the file to create once the window is shown (an archive of a failed start is not kept). */
    static final String SHOWN_PROPERTY = "gansim.startupArchive.shown";
    /**
     * Given to the window JVM with the archive: the JIT compiles a method after three times as many
     * calls. At start-up the compiler threads took as much CPU as the Swing thread, for code that runs
     * a few times only; training code is called thousands of times a second, so it is compiled a moment
     * later, the same. Measured: first paint at 0.8x the time, CPU to the first paint -20% (see
     * bench/README.md, "Start-up").
     */
    static final String FEWER_EARLY_COMPILATIONS = "-XX:CompileThresholdScaling=3";
    /** The JVM writes warnings about classes it cannot archive to standard output; not ours to show. */
    private static final String QUIET = "-Xlog:cds*=off";

    private final Path folder;
    private final String name;
    private final String classPath;
    private final List<String> jvmOptions;

    private StartupArchive(Path folder, String name, String classPath, List<String> jvmOptions) {
        this.folder = folder;
        this.name = name;
        this.classPath = classPath;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The archive for the window JVM about to be started with this class path, or empty when there
     * is to be none (disabled, a folder on the class path, options of the user's own about sharing).
     */
    static Optional<StartupArchive> forWindow(String classPath, List<String> jvmOptions) {
        if ("false".equals(System.getProperty(ENABLED_PROPERTY)) || classPath == null || classPath.isEmpty()
                || jvmOptions.stream().anyMatch(o -> o.startsWith("-Xshare") || o.contains("SharedArchiveFile")
                        || o.contains("ArchiveClassesAtExit") || o.contains("DumpLoadedClassList"))
                || hasAgent(jvmOptions) && !jvmOptions.contains("-XX:+AllowArchivingWithJavaAgent")) {
            return Optional.empty();
        }
        try {
            // The JVM options count too: an archive written with an agent warns when used without it.
            StringBuilder identity = new StringBuilder(System.getProperty("java.home"))
                    .append('|').append(System.getProperty("java.vm.version")).append('|').append(jvmOptions);
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                Path jar = Path.of(entry).toAbsolutePath().normalize();
                if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) {
                    return Optional.empty();
                }
                identity.append('|').append(jar).append('|').append(Files.size(jar))
                        .append('|').append(Files.getLastModifiedTime(jar).toMillis());
            }
            String jars = Integer.toHexString(classPath.hashCode());
            String name = "gansim-" + jars + "-" + Integer.toHexString(identity.toString().hashCode());
            return Optional.of(new StartupArchive(folder(), name, classPath, jvmOptions));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A JVM with an agent (a debugger, a profiler) refuses to start when asked to write an archive. */
    private static boolean hasAgent(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(o -> o.startsWith("-javaagent") || o.startsWith("-agentlib")
                || o.startsWith("-agentpath") || o.startsWith("-Xrun"));
    }

    /** {@code $XDG_CACHE_HOME/gansim}, else {@code ~/.cache/gansim}; or the folder property. */
    static Path folder() {
        String set = System.getProperty(FOLDER_PROPERTY);
        if (set != null) {
            return Path.of(set);
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("gansim");
    }

    /**
     * The options that give the window JVM the archive, or make it write one: deletes an archive of
     * the wrong length, and older archives of the same jars, on the way.
     *
     * @param pid the starting process, to name the temporary file
     */
    List<String> jvmOptions(long pid) {
        try {
            deleteLeftovers();
            Optional<Path> ready = findReady();
            if (ready.isPresent()) {
                return List.of("-XX:SharedArchiveFile=" + ready.get(), QUIET);
            }
            Files.createDirectories(folder);
            Path temporary = temporary(pid);
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(shownMark(pid));
            return List.of("-XX:ArchiveClassesAtExit=" + temporary, QUIET, "-D" + SHOWN_PROPERTY + "=" + shownMark(pid));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Where an archive of this length is kept: its length is part of its name. */
    Path archiveFile(long length) {
        return folder.resolve(name + "." + length + SUFFIX);
    }

    /**
     * After the window JVM ended: keeps the archive it wrote if it ended normally, else drops it.
     *
     * @param pid    the starting process, as given to {@link #jvmOptions}
     * @param status the window JVM's exit status
     */
    void finish(long pid, int status) {
        Path temporary = temporary(pid);
        try {
            boolean shown = Files.deleteIfExists(shownMark(pid));
            if (status == 0 && shown && Files.isRegularFile(temporary) && Files.size(temporary) > 0) {
                Path archive = archiveFile(Files.size(temporary));
                Files.move(temporary, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                deleteOthers(archive);
                writeLauncherNote(archive);
            } else {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // No archive this time; the next start makes one.
        }
    }

    /** Deletes the archive this JVM was given: the window JVM failed to start with it. */
    void discard() {
        try {
            Optional<Path> ready = findReady();
            if (ready.isPresent()) {
                Files.deleteIfExists(ready.get());
            }
        } catch (IOException | RuntimeException e) {
            // nothing more to do: the next start tries without it again
        }
    }

    /**
     * Tells the {@code ./gansim} script where the archive is, so that it can start the window JVM
     * with it directly, without a first JVM that only starts the second: {@code launcher-<key>.txt}
     * (key: the start of the SHA-256 of the jar's path) holds the JVM's home, the archive, the
     * JVM options it was made with and the options for the window's JVM ({@link WindowJvm}), one a
     * line. The script checks the first three before it uses the archive, and starts the window with
     * the fourth, so the options are written in one place.
     */
    private void writeLauncherNote(Path archive) throws IOException {
        if (classPath.contains(java.io.File.pathSeparator)) {
            return; // the script starts one jar
        }
        Path note = folder.resolve("launcher-" + launcherKey(classPath) + ".txt");
        Path temporary = folder.resolve(note.getFileName() + ".writing-" + ProcessHandle.current().pid());
        Files.writeString(temporary, System.getProperty("java.home") + "\n" + archive + "\n"
                + String.join(" ", jvmOptions) + "\n" + String.join(" ", WindowJvm.options(jvmOptions)) + "\n");
        Files.move(temporary, note, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The first 16 hex digits of the SHA-256 of the jar's path as given ({@code printf %s PATH | sha256sum}). */
    static String launcherKey(String jar) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(jar.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The archive of these jars and this JVM whose length matches the one written in its name. */
    private Optional<Path> findReady() throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, name + ".*" + SUFFIX)) {
            for (Path file : files) {
                String middle = file.getFileName().toString();
                middle = middle.substring(name.length() + 1, middle.length() - SUFFIX.length());
                if (middle.matches("[0-9]+") && Files.size(file) == Long.parseLong(middle)) {
                    return Optional.of(file);
                }
                Files.deleteIfExists(file); // cut short, or changed: mapping it could crash the JVM
            }
        }
        return Optional.empty();
    }

    /**
     * Deletes the temporary files of starts whose program is gone: one stopped with a signal ends
     * without the clean-up of {@link #finish}, and a half-written archive is as large as a whole one.
     */
    private void deleteLeftovers() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, name + ".{writing,shown}-*")) {
            for (Path file : files) {
                String pid = file.getFileName().toString().replaceFirst(".*-", "");
                if (!pid.matches("[0-9]+") || ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Deletes the other archives of the same jar path (made for an earlier build or JVM) and old temporary files. */
    private void deleteOthers(Path kept) throws IOException {
        String jars = name.substring(0, name.lastIndexOf('-') + 1);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, jars + "*")) {
            for (Path file : files) {
                if (!file.equals(kept)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * In the window JVM, once the window is visible: leaves the mark that tells the starting program
     * the start went well (a JVM that could not open the window, without a display say, may still end
     * with status 0, and its archive would hold only part of the classes).
     */
    static void windowShown() {
        String mark = System.getProperty(SHOWN_PROPERTY);
        if (mark != null) {
            try {
                Files.writeString(Path.of(mark), "shown\n");
            } catch (IOException | RuntimeException e) {
                // no archive this time
            }
        }
    }

    private Path shownMark(long pid) {
        return folder.resolve(name + ".shown-" + pid);
    }

    private Path temporary(long pid) {
        return folder.resolve(name + ".writing-" + pid);
    }
}
