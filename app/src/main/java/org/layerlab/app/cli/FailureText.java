package org.layerlab.app.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.layerlab.app.i18n.Messages;

/**
 * The one line the command line prints for a failure. LayerLab's own exceptions already name the file,
 * layer and field; the JDK's file exceptions carry only a path, so they are put into words here.
 */
final class FailureText {
    private final Messages messages;

    FailureText(Messages messages) {
        this.messages = messages;
    }

    String of(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
        String text = switch (e) {
            case NoSuchFileException f -> messages.text("error.noSuchFile", fileName(f));
            case AccessDeniedException f -> messages.text("error.accessDenied", fileName(f));
            case FileSystemException f when f.getReason() != null ->
                    messages.text("error.fileSystem", fileName(f), f.getReason());
            default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
        // A message from a library may span lines; the command line keeps to one.
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** The path as the user gave it, which finds the file better than its name alone. */
    private static String fileName(FileSystemException e) {
        return e.getFile() == null ? "?" : e.getFile();
    }
}
