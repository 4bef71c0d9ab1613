package org.layerlab.app.window;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerlab.app.BuildInfo;
import org.layerlab.app.about.DatasetCredit;
import org.layerlab.app.about.DatasetCredits;
import org.layerlab.app.editor.PaletteEntry;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.layer.LayerRegistry;

/** What the main window shows, apart from how it looks. */
public final class MainWindowModel {
    private final List<PaletteEntry> palette;
    private final String version;
    private final List<DatasetCredit> datasetCredits;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();

    public MainWindowModel(List<PaletteEntry> palette, String version, List<DatasetCredit> datasetCredits,
            Messages messages) {
        this.palette = List.copyOf(palette);
        this.version = version;
        this.datasetCredits = List.copyOf(datasetCredits);
        status.set(messages.text("status.ready", palette.size()));
    }

    /** The installed layer types, this build's version and the dataset credits; touches no ND4J code. */
    public static MainWindowModel load(Messages messages) {
        List<PaletteEntry> palette = LayerRegistry.withInstalledLayers().types().stream()
                .map(t -> new PaletteEntry(t.className(), t.description(Locale.getDefault())))
                .toList();
        return new MainWindowModel(palette, BuildInfo.version(), DatasetCredits.fromClassPath(), messages);
    }

    public List<PaletteEntry> palette() {
        return palette;
    }

    public String version() {
        return version;
    }

    public List<DatasetCredit> datasetCredits() {
        return datasetCredits;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
