package org.gansim.app.experiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reading and saving experiment files. Saving writes a temporary file in the same folder and then
 * moves it over the old one, so a full disk, a read-only folder or a crash while writing leaves the
 * previous file as it was. Stateless.
 */
public final class ExperimentFiles {

    private ExperimentFiles() {
    }

    /**
     * Reads and checks the shape of an experiment file.
     *
     * @throws BadExperimentException one sentence naming the file and what is wrong
     */
    public static Experiment read(Path file) throws BadExperimentException {
        return ExperimentJson.read(readText(file), file.getFileName().toString());
    }

    /** A file's text as UTF-8, refused with one sentence when it cannot be read. */
    static String readText(Path file) throws BadExperimentException {
        try {
            // A strict decoder: a file that is not UTF-8 is refused instead of read with replacement marks.
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new BadExperimentException(file + " does not exist.", e);
        } catch (CharacterCodingException e) {
            throw new BadExperimentException(file.getFileName() + " is not text (it is not UTF-8).", e);
        } catch (IOException e) {
            throw new BadExperimentException(file + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    /**
     * Saves atomically: the old file stays whole until the new one is complete.
     *
     * @throws IOException with one sentence naming the file when it cannot be written
     */
    public static void save(Experiment experiment, Path file) throws IOException {
        writeAtomically(file, ExperimentJson.write(experiment));
    }

    /** Writes {@code text} to a temporary file beside {@code file}, then moves it into place. */
    public static void writeAtomically(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new IOException("Cannot save " + file + ": the folder " + folder + " cannot be written ("
                    + e.getClass().getSimpleName() + ").", e);
        }
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw new IOException("Cannot save " + file + ": " + e.getMessage() + "; the previous file is unchanged.", e);
        }
    }
}
