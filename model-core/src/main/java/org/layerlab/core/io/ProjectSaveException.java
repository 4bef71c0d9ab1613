package org.layerlab.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** A project could not be saved; the message names the file the user chose, never the temporary one. */
public final class ProjectSaveException extends IOException {
    private final transient Path target;

    public ProjectSaveException(Path target, String reason) {
        super("cannot save " + target + ": " + reason);
        this.target = target;
    }

    public Path target() {
        return target;
    }

    /** The file system's reason, without the path of the temporary file it names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return "its folder cannot be created";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
