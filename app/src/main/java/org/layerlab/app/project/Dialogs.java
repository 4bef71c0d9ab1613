package org.layerlab.app.project;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the file commands ask the user; tests answer them without windows. */
public interface Dialogs {
    /** What to do with unsaved changes. */
    enum UnsavedChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    /** A file to open, or empty when the user cancels. */
    Optional<Path> chooseFileToOpen();

    /**
     * Where to save or export, or empty when the user cancels.
     *
     * @param suggestedName the file name offered
     * @param extension the extension the file should have, for example {@code .llab}; empty for a folder
     */
    Optional<Path> chooseTarget(String title, String suggestedName, String extension);

    UnsavedChoice askAboutUnsavedChanges(String documentName);

    /**
     * Whether to bring back the work a run that did not end normally left in a recovery file.
     *
     * @param written when the work was last kept, worded
     * @param documentName the file it was an edit of, or the name of an untitled model
     */
    boolean offerRecovery(String written, String documentName);

    /** Shows a failure in one sentence. */
    void showError(String title, String sentence);
}
