package org.gansim.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One file being written the safe way: into a hidden temporary file in the same folder, moved over
 * the real name in one step ({@link StandardCopyOption#ATOMIC_MOVE}) only once it is complete. A
 * kill at any moment leaves either the old file or the new one, never a mix.
 *
 * <p>Every temporary file not yet moved into place is remembered, so a shutdown hook (Ctrl-C,
 * SIGTERM) can delete them with {@link #discardAllPending()}. One thread writes an output; the
 * pending set may be read by any thread.
 */
final class AtomicOutput implements AutoCloseable {

    private static final Set<AtomicOutput> PENDING = ConcurrentHashMap.newKeySet();
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path target;
    private final Path temporary;
    private Writer writer;
    private boolean committed;

    private AtomicOutput(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /**
     * Opens a temporary file beside {@code target}; nothing is visible under the target's name yet.
     *
     * @param target where the file goes once complete; its folder must exist
     */
    static AtomicOutput open(Path target) throws IOException {
        // Through a symbolic link: the file it points to is replaced, the link stays.
        Path absolute = OutputPlan.resolved(target);
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
        AtomicOutput output = new AtomicOutput(absolute, temporary);
        PENDING.add(output);
        return output;
    }

    /** The file's final place, links followed. */
    Path target() {
        return target;
    }

    /** The temporary file the text goes to until {@link #commit()}. */
    Path temporary() {
        return temporary;
    }

    /** A buffered writer into the temporary file (the same one on every call). */
    Writer writer() throws IOException {
        if (writer == null) {
            writer = Files.newBufferedWriter(temporary);
        }
        return writer;
    }

    /**
     * Closes the temporary file and moves it over the target in one step. Keeps the permissions of
     * the file it replaces; a new file gets {@code rw-r--r--} (the temporary file starts private).
     */
    void commit() throws IOException {
        if (writer != null) {
            writer.close();
        }
        keepPermissions();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            // Same folder, so this is rare (some network file systems): a plain replace is the best left.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        PENDING.remove(this);
    }

    private void keepPermissions() {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target)
                    ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS) : NEW_FILE;
            Files.setPosixFilePermissions(temporary, permissions);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the default permissions of a new file are fine
        }
    }

    /** Whether the complete file has been moved into place. */
    boolean committed() {
        return committed;
    }

    /** Deletes the temporary file unless it was committed; the target keeps what it held. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (IOException ignored) {
            // the file is deleted next: what it held no longer matters
        }
        discard();
    }

    private void discard() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // best effort: a hidden .part file is left, the target is untouched either way
        }
        PENDING.remove(this);
    }

    /**
     * Deletes every temporary file not yet moved into place, from any thread (a shutdown hook).
     *
     * @return the targets that were left as they were
     */
    static Set<Path> discardAllPending() {
        Set<Path> untouched = ConcurrentHashMap.newKeySet();
        for (AtomicOutput output : PENDING) {
            untouched.add(output.target);
            output.discard();
        }
        return untouched;
    }
}
