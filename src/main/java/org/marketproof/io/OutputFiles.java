package org.marketproof.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.marketproof.InvalidInputException;

/**
 * Writing output files whole or not at all: the bytes go to a temporary file beside the target,
 * which is then moved over it, so a reader never sees half a file and a failed run leaves none.
 * A path that cannot be written is bad input, named by the option that gave it.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * @param file the file to write, replaced if it exists; its directory must exist
     * @param text the whole content, written as UTF-8
     * @param option the option (or field) that named the file, for the message
     * @return {@code file}
     * @throws InvalidInputException naming {@code option} if the file cannot be written
     */
    public static Path write(Path file, String text, String option) {
        return write(file, text.getBytes(StandardCharsets.UTF_8), option);
    }

    /**
     * @param file the file to write, replaced if it exists; its directory must exist
     * @param bytes the whole content
     * @param option the option (or field) that named the file, for the message
     * @return {@code file}
     * @throws InvalidInputException naming {@code option} if the file cannot be written
     */
    public static Path write(Path file, byte[] bytes, String option) {
        try {
            return replace(file, bytes);
        } catch (IOException e) {
            throw problem(option, file, e);
        }
    }

    /**
     * Writes {@code file} whole or not at all (for writers that report their own errors).
     *
     * @param file the file written, replaced if it exists
     * @param bytes its whole content
     * @return {@code file}
     * @throws IOException if it cannot be written; nothing is left behind then
     */
    public static Path replace(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "it is a directory");
        }
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes {@code text} as UTF-8 into {@code file}, whole or not at all.
     *
     * @param file the file written, replaced if it exists
     * @param text its whole content
     * @return {@code file}
     * @throws IOException if it cannot be written; nothing is left behind then
     * @see #replace(Path, byte[])
     */
    public static Path replace(Path file, String text) throws IOException {
        return replace(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Refuses a file that could not be written (its directory missing or read-only, or the path a
     * directory), before a long computation whose result it would receive.
     *
     * @param file the file to be written later
     * @param option the option that named it, for the message
     * @throws InvalidInputException naming {@code option} if the file could not be written
     */
    public static void checkWritable(Path file, String option) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        String problem = Files.isDirectory(target) ? "it is a directory"
                : dir == null || !Files.isDirectory(dir) ? "no such directory"
                : !Files.isWritable(dir) || Files.exists(target) && !Files.isWritable(target) ? "permission denied" : null;
        if (problem != null) {
            throw new InvalidInputException(option, "cannot write " + file + ": " + problem);
        }
    }

    /**
     * Creates a directory (and its parents) for output files.
     *
     * @param dir the directory
     * @param option the option that named it, for the message
     * @return {@code dir}
     * @throws InvalidInputException naming {@code option} if it cannot be created
     */
    public static Path directory(Path dir, String option) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw problem(option, dir, e);
        }
    }

    /**
     * @param option the option that named the file
     * @param file the file or directory that could not be written or created
     * @param e the failure
     * @return the failure to write or create {@code file}, as bad input naming {@code option}
     */
    public static InvalidInputException problem(String option, Path file, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "no such directory";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "a file is in the way of its directory";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason().toLowerCase(Locale.ROOT);
        } else {
            reason = String.valueOf(e.getMessage());
        }
        return new InvalidInputException(option, "cannot write " + file + ": " + reason);
    }
}
