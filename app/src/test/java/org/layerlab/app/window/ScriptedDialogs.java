package org.layerlab.app.window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.layerlab.app.project.Dialogs;

/** Dialogs answered by the test: files chosen in advance, errors collected. */
final class ScriptedDialogs implements Dialogs {
    final Deque<Path> toOpen = new ArrayDeque<>();
    final Deque<Path> targets = new ArrayDeque<>();
    UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    final List<String> unsavedQuestions = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> recoveryOffers = new ArrayList<>();
    boolean acceptRecovery;

    @Override
    public Optional<Path> chooseFileToOpen() {
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public Optional<Path> chooseTarget(String title, String suggestedName, String extension) {
        return Optional.ofNullable(targets.poll());
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String documentName) {
        unsavedQuestions.add(documentName);
        return unsavedAnswer;
    }

    @Override
    public boolean offerRecovery(String written, String documentName) {
        recoveryOffers.add(documentName);
        return acceptRecovery;
    }

    @Override
    public void showError(String title, String sentence) {
        errors.add(title + ": " + sentence);
    }
}
