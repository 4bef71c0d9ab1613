package org.layerlab.app.project;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerlab.app.cli.ExportFormat;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.io.ParameterBudget;
import org.layerlab.core.io.Project;

/**
 * The File menu: new, open, save, save as, export and the question on closing with unsaved changes.
 * Reading and exporting run on the background executor; the model is only touched on the FX thread.
 */
public final class FileActions {
    private final EditorModel model;
    private final ProjectFiles files;
    private final ProjectExport exporter;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private Path file;
    private boolean isProject;
    private Project base;
    private Runnable onOpened = () -> {
    };
    private java.util.function.Consumer<Path> onFileUsed = f -> {
    };

    public FileActions(EditorModel model, Dialogs dialogs, Messages messages, Executor background, Executor fx) {
        this.model = model;
        this.files = new ProjectFiles(model.graph().registry());
        this.exporter = new ProjectExport(model.graph().registry());
        this.dialogs = dialogs;
        this.messages = messages;
        this.background = background;
        this.fx = fx;
        model.addChangeListener(this::updateTitle);
        updateTitle();
    }

    /** Told when a file has been opened, for example to zoom the canvas to the model. */
    public void setOnOpened(Runnable listener) {
        onOpened = listener;
    }

    /** Told of each file opened or saved, for the recent files. */
    public void setOnFileUsed(java.util.function.Consumer<Path> listener) {
        onFileUsed = listener;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    private String documentName() {
        return file == null ? messages.text("file.untitled") : String.valueOf(file.getFileName());
    }

    /** Words the title again, after a language switch. */
    public void refreshTitle() {
        updateTitle();
    }

    private void updateTitle() {
        String marker = model.commands().isDirty() ? "*" : "";
        title.set(messages.text("app.titleWithFile", marker + documentName()));
    }

    public void newModel() {
        if (confirmDiscard()) {
            install(new OpenedProject(null, false, null, new ModelGraph(model.graph().registry())));
        }
    }

    public void open() {
        if (confirmDiscard()) {
            dialogs.chooseFileToOpen().ifPresent(this::openFile);
        }
    }

    /** Opens the file in the background; a failure is shown in a dialog and the current model stays. */
    public void openFile(Path path) {
        model.showStatus(messages.text("file.opening", path.getFileName()));
        background.execute(() -> {
            try {
                OpenedProject opened = files.open(path);
                fx.execute(() -> {
                    install(opened);
                    model.showStatus(openedStatus(path, opened));
                    onFileUsed.accept(path);
                });
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> fail("file.openFailed", e, path));
            }
        });
    }

    /**
     * Opens a ready model as a new, untitled one: Save asks where to put it, so the example itself is never
     * written over.
     */
    public void openExample(ExampleModel example) {
        if (!confirmDiscard()) {
            return;
        }
        String title = messages.text(example.textKey());
        background.execute(() -> {
            try {
                Path copy = example.copyToTemporaryFile();
                try {
                    OpenedProject opened = files.open(copy);
                    fx.execute(() -> {
                        install(new OpenedProject(null, false, opened.project(), opened.graph()));
                        model.showStatus(messages.text("file.exampleOpened", title, opened.graph().size()));
                    });
                } finally {
                    java.nio.file.Files.deleteIfExists(copy);
                }
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> fail("file.openFailed", e, Path.of(example.fileName())));
            }
        });
    }

    /**
     * Brings back the work of a recovery file, as an edit of the file it belonged to (or untitled), with
     * unsaved changes: nothing is written until the user saves.
     */
    public void restore(Recovery.Found found) {
        background.execute(() -> {
            try {
                OpenedProject opened = files.open(found.project());
                Path document = found.document().orElse(null);
                boolean wasProject = document != null
                        && String.valueOf(document.getFileName()).toLowerCase(Locale.ROOT).endsWith(ProjectFiles.EXTENSION);
                fx.execute(() -> {
                    install(new OpenedProject(document, wasProject, opened.project(), opened.graph()));
                    model.commands().markUnsaved();
                    model.showStatus(messages.text("recovery.restored", opened.graph().size()));
                });
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> fail("file.openFailed", e, found.project()));
            }
        });
    }

    /** The project a save would write now; on the FX thread. */
    Project snapshot() {
        return files.asProject(model.graph(), base, modelName());
    }

    /**
     * The model's own name, as the file it came from gives it ({@code iris_mlp}); else its file's name; else the
     * default. Keras keeps a model's name apart from the file that holds it, and so do saves and exports here.
     */
    public String modelName() {
        return ownName().orElse(file == null ? messages.text("file.defaultName") : ProjectFiles.modelName(file));
    }

    private Optional<String> ownName() {
        return Optional.ofNullable(base).map(b -> b.model().name()).filter(n -> !n.isBlank());
    }

    /** What was opened, and that a model too big to train here can still be edited and exported. */
    private String openedStatus(Path path, OpenedProject opened) {
        String status = messages.text("file.opened", path.getFileName(), opened.graph().size());
        long total = model.inference().totals().total();
        ParameterBudget training = ParameterBudget.forTraining();
        return training.allows(total) ? status
                : status + " " + messages.text("file.overTrainingBudget", total, training.maxParameters());
    }

    private void install(OpenedProject opened) {
        file = opened.file();
        isProject = opened.isProject();
        base = opened.project();
        model.replace(opened.graph());
        onOpened.run();
    }

    /** Saves to the project file, or asks where when there is none yet; the file is written in the background. */
    public void save() {
        saveTarget().ifPresent(target -> write(target, false));
    }

    public void saveAs() {
        askForTarget().ifPresent(target -> write(target, false));
    }

    private Optional<Path> saveTarget() {
        return file != null && isProject ? Optional.of(file) : askForTarget();
    }

    private Optional<Path> askForTarget() {
        String suggested = (file == null ? modelName() : ProjectFiles.modelName(file)) + ProjectFiles.EXTENSION;
        return dialogs.chooseTarget(messages.text("file.saveAsTitle"), suggested, ProjectFiles.EXTENSION)
                .map(t -> withExtension(t, ProjectFiles.EXTENSION));
    }

    /**
     * Writes the model as it is now. The project is taken on the FX thread and written on the background
     * executor, unless {@code now}: a save asked for on closing must be done before the window goes.
     *
     * @return whether it was saved, when {@code now}
     */
    private boolean write(Path target, boolean now) {
        Project project = files.asProject(model.graph(), base, ownName().orElse(ProjectFiles.modelName(target)));
        long revision = model.commands().revision();
        if (now) {
            try {
                files.save(project, target);
            } catch (IOException | RuntimeException e) {
                fail("file.saveFailed", e, target);
                return false;
            }
            saved(target, revision);
            return true;
        }
        model.showStatus(messages.text("file.saving", target.getFileName()));
        background.execute(() -> {
            try {
                files.save(project, target);
                fx.execute(() -> saved(target, revision));
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> fail("file.saveFailed", e, target));
            }
        });
        return false;
    }

    /** The file now holds the model as it was at {@code revision}; later edits keep the title marked. */
    private void saved(Path target, long revision) {
        file = target;
        isProject = true;
        if (model.commands().revision() == revision) {
            model.commands().markSaved();
        }
        updateTitle();
        model.showStatus(messages.text("file.saved", target.getFileName()));
        onFileUsed.accept(target);
    }

    /** Exports through the command line's export, in the background. */
    public void export(ExportFormat format) {
        long errors = model.layersWithErrors();
        if (errors > 0) {
            // Said before the file is chosen: the export would only refuse afterwards.
            model.showStatus(messages.text("file.exportNeedsShapes", errors));
            return;
        }
        String name = modelName();
        String suggested = (file == null ? name : ProjectFiles.modelName(file)) + (format.extension().isEmpty() ? "-" + format.id() : format.extension());
        Optional<Path> target = dialogs.chooseTarget(messages.text("file.exportTitle",
                messages.text("menu.file.export." + format.id()).replace("\u2026", "").replace("_", "")), suggested,
                format.extension());
        if (target.isEmpty()) {
            return;
        }
        Path to = format.extension().isEmpty() ? target.get() : withExtension(target.get(), format.extension());
        Project project = files.asProject(model.graph(), base, name);
        model.showStatus(messages.text("file.exporting", to.getFileName()));
        background.execute(() -> {
            try {
                ProjectExport.Outcome outcome = exporter.export(project, name, format, to);
                fx.execute(() -> {
                    if (outcome.ok()) {
                        model.showStatus(messages.text("file.exported", to.getFileName(), format.id()));
                    } else {
                        model.showStatus(messages.text("file.exportFailed"));
                        dialogs.showError(messages.text("file.exportFailed"), outcome.text());
                    }
                });
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> fail("file.exportFailed", e, to));
            }
        });
    }

    /** Whether the current model may be replaced or closed: saved, or the user said so. */
    public boolean confirmDiscard() {
        if (!model.commands().isDirty()) {
            return true;
        }
        return switch (dialogs.askAboutUnsavedChanges(documentName())) {
            case SAVE -> saveTarget().map(target -> write(target, true)).orElse(false);
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private void fail(String titleKey, Exception e, Path path) {
        String sentence = e instanceof NoSuchFileException ? messages.text("file.notFound", path)
                : e.getMessage() == null ? e.toString() : e.getMessage();
        // The status first: the error dialog waits for the user.
        model.showStatus(messages.text(titleKey) + ": " + sentence);
        dialogs.showError(messages.text(titleKey), sentence);
    }

    private static Path withExtension(Path path, String extension) {
        String name = String.valueOf(path.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? path : path.resolveSibling(name + extension);
    }
}
