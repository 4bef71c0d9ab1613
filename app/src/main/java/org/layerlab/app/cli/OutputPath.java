package org.layerlab.app.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.io.ProjectSaveException;
import picocli.CommandLine.ParseResult;

/**
 * What a command's {@code --out} option names, and whether a failure came from writing it. A write that
 * fails is a failure while running (exit code 1), not unreadable input (exit code 2), even when the file
 * system reports it with the same exceptions as a read.
 */
record OutputPath(Path path) {
    static final String OPTION = "--out";
    /** How Linux words ENOSPC; Java passes it on in a plain {@link IOException} without the path. */
    private static final String NO_SPACE = "No space left on device";

    /** The {@code --out} value of a parsed command, when it has the option and it was given. */
    static Optional<OutputPath> of(ParseResult parsed) {
        if (parsed == null || !parsed.hasMatchedOption(OPTION)) {
            return Optional.empty();
        }
        Object value = parsed.matchedOptionValue(OPTION, null);
        return value instanceof Path p ? Optional.of(new OutputPath(p)) : Optional.empty();
    }

    /**
     * Checks, before any work, that a file can be written at this path: it is not a folder, and its
     * folder exists and can be written to. A missing folder is named rather than made, so that a typo in a
     * path never creates a chain of folders.
     *
     * @throws OutputFileException naming the path and what stands in the way
     */
    void requireWritableFile(Messages messages) {
        if (Files.isDirectory(path)) {
            throw new OutputFileException(messages.text("error.outIsFolder", path));
        }
        // The nearest folder that exists, as the path was given when it names one.
        Path existing = path.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            existing = Path.of("").toAbsolutePath();
        }
        if (!Files.isDirectory(existing)) {
            throw new OutputFileException(messages.text("error.outFolderIsFile", path, existing));
        }
        if (path.getParent() != null && !existing.equals(path.getParent())) {
            throw new OutputFileException(messages.text("error.outFolderMissing", path, path.getParent()));
        }
        if (!Files.isWritable(existing)) {
            throw new OutputFileException(messages.text("error.outFolderReadOnly", path, existing));
        }
    }

    /**
     * Whether {@code failure} came from writing this output: a file-system failure about the path, a file or
     * folder in it (a TF.js export), a folder on the way to it, or the preprocessing written beside an export.
     */
    boolean failedWith(Throwable failure) {
        if (isWriteFailure(failure)) {
            return true;
        }
        if (!(failure instanceof FileSystemException f) || f.getFile() == null) {
            return false;
        }
        Path file;
        try {
            file = Path.of(f.getFile()).toAbsolutePath().normalize();
        } catch (InvalidPathException notAPath) {
            return false;
        }
        Path out = path.toAbsolutePath().normalize();
        return file.startsWith(out) || out.startsWith(file) || file.equals(ExportCommand.besideExport(out));
    }

    /** Failures only a write has, whatever the path: a failed save, a file or folder in the way, a full disk. */
    static boolean isWriteFailure(Throwable failure) {
        return failure instanceof ProjectSaveException || failure instanceof FileAlreadyExistsException
                || failure instanceof DirectoryNotEmptyException || isNoSpace(failure);
    }

    static boolean isNoSpace(Throwable failure) {
        String message = failure instanceof FileSystemException f ? f.getReason() : failure.getMessage();
        return failure instanceof IOException && message != null && message.contains(NO_SPACE);
    }
}
