package org.layerlab.app.cli;

import java.util.Locale;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.project.TrainedExport.Note;

/** Words what preparing a trained export did, in the user's language. */
final class ExportNotes {
    private ExportNotes() {
    }

    static String text(Note note, Messages messages) {
        return switch (note) {
            case Note.Folded f -> messages.text("export.note.folded", Integer.toString(f.features()), f.layer());
            case Note.ScaleAdded a -> messages.text("export.note.scaleAdded", a.layer());
            case Note.EncodedOutside e -> messages.text("export.note.encodedOutside", String.join(", ", e.columns()));
            case Note.StandardizationOutside o -> messages.text("export.note.standardizationOutside",
                    messages.text("export.reason." + o.reason().name().toLowerCase(Locale.ROOT)));
        };
    }
}
