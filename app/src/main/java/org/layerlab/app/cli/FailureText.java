package org.layerlab.app.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;
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

    /** @param out the command's {@code --out}, which names the file a full disk refused */
    String of(Throwable failure, Optional<OutputPath> out) {
        Throwable e = ExitCodes.unwrapped(failure);
        boolean writing = out.map(o -> o.failedWith(e)).orElse(false);
        String text = switch (e) {
            case NoSuchFileException f when writing -> messages.text("error.noFolderFor", fileName(f));
            case NoSuchFileException f -> messages.text("error.noSuchFile", fileName(f));
            case AccessDeniedException f -> messages.text("error.accessDenied", fileName(f));
            // How Files.createDirectories reports a file standing where a folder has to go.
            case FileAlreadyExistsException f when f.getFile() != null && Files.isRegularFile(Path.of(f.getFile())) ->
                    messages.text("error.fileInTheWay", fileName(f));
            case FileAlreadyExistsException f -> messages.text("error.alreadyExists", fileName(f));
            case NotDirectoryException f -> messages.text("error.notFolder", fileName(f));
            case DirectoryNotEmptyException f -> messages.text("error.folderNotEmpty", fileName(f));
            case FileSystemException f when OutputPath.isNoSpace(f) -> messages.text("error.noSpace", fileName(f));
            case FileSystemException f when f.getReason() != null ->
                    messages.text("error.fileSystem", fileName(f), f.getReason());
            case Exception f when OutputPath.isNoSpace(f) && out.isPresent() ->
                    messages.text("error.noSpace", out.get().path());
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
