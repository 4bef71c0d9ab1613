package org.layerlab.app.bench;

import java.nio.file.Path;
import java.util.Optional;
import org.layerlab.app.project.Dialogs;

/** Dialogs for the benchmarks and the screenshot tour: they open and save nothing and recover nothing. */
final class SilentDialogs implements Dialogs {
    @Override
    public Optional<Path> chooseFileToOpen() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseTarget(String title, String suggestedName, String extension) {
        return Optional.empty();
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String documentName) {
        return UnsavedChoice.DISCARD;
    }

    @Override
    public boolean offerRecovery(String written, String documentName) {
        return false;
    }

    @Override
    public void showError(String title, String sentence) {
        System.err.println(title + ": " + sentence);
    }
}
