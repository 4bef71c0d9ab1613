package org.layerlab.app.project;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executor;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.core.io.Project;
import org.layerlab.core.io.ProjectWriter;

/**
 * Unsaved work kept safe: every minute (and on request) a model with unsaved changes is written to a
 * recovery project beside a note of which file it belongs to. Saving, or closing after the question about
 * unsaved changes, removes it; so a recovery file found at start means the app did not end normally, and
 * it is offered back. The snapshot is taken on the FX thread and written on the background executor.
 */
public final class Recovery {
    public static final String FILE = "recovery.llab";
    private static final String NOTE = "recovery.properties";
    private static final String DOCUMENT = "document";
    private static final String TIME = "time";

    private final Path folder;
    private final EditorModel model;
    private final FileActions files;
    private final Executor background;
    private long writtenRevision = Long.MIN_VALUE;

    /** What a recovery file holds: the work, when it was written, and the file it was an edit of. */
    public record Found(Path project, Instant written, Optional<Path> document) {
    }

    public Recovery(Path folder, EditorModel model, FileActions files, Executor background) {
        this.folder = folder;
        this.model = model;
        this.files = files;
        this.background = background;
    }

    /** Writes the model when it has changes not yet in the recovery file; removes the file once saved. */
    public void saveNow() {
        if (!model.commands().isDirty()) {
            if (writtenRevision != Long.MIN_VALUE) {
                discard();
            }
            return;
        }
        long revision = model.commands().revision();
        if (revision == writtenRevision) {
            return;
        }
        writtenRevision = revision;
        Project project = files.snapshot();
        Optional<Path> document = files.file();
        background.execute(() -> write(project, document));
    }

    private void write(Project project, Optional<Path> document) {
        try {
            Files.createDirectories(folder);
            new ProjectWriter(model.graph().registry()).write(project, folder.resolve(FILE));
            Properties note = new Properties();
            note.setProperty(TIME, Instant.now().toString());
            document.ifPresent(d -> note.setProperty(DOCUMENT, d.toAbsolutePath().toString()));
            Path partial = Files.createTempFile(folder, ".recovery", ".tmp");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                note.store(out, "LayerLab recovery");
            }
            Files.move(partial, folder.resolve(NOTE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // The next minute tries again; the user's own file is untouched either way.
            writtenRevision = Long.MIN_VALUE;
        }
    }

    /** The recovery file a run that did not end normally left, if any. */
    public Optional<Found> find() {
        Path project = folder.resolve(FILE);
        if (!Files.isRegularFile(project)) {
            return Optional.empty();
        }
        Properties note = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(NOTE), StandardCharsets.UTF_8)) {
            note.load(in);
        } catch (IOException | IllegalArgumentException noNote) {
            note.clear();
        }
        Instant written;
        try {
            written = Instant.parse(note.getProperty(TIME, ""));
        } catch (java.time.format.DateTimeParseException unknown) {
            written = Instant.ofEpochMilli(project.toFile().lastModified());
        }
        return Optional.of(new Found(project, written, Optional.ofNullable(note.getProperty(DOCUMENT)).map(Path::of)));
    }

    /** Removes the recovery file: the work is saved, or the user chose to let it go. */
    public void discard() {
        writtenRevision = Long.MIN_VALUE;
        // At once rather than in the background: on closing, the program may end right after.
        try {
            Files.deleteIfExists(folder.resolve(FILE));
            Files.deleteIfExists(folder.resolve(NOTE));
        } catch (IOException ignored) {
            // Found again at the next start, where the user can decline it.
        }
    }
}
