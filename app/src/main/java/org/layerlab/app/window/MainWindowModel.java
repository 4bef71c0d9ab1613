package org.layerlab.app.window;

import java.util.List;
import org.layerlab.app.BuildInfo;
import org.layerlab.app.about.DatasetCredit;
import org.layerlab.app.about.DatasetCredits;
import org.layerlab.app.editor.EditorModel;
import org.layerlab.app.editor.LayerCatalog;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.layer.LayerRegistry;

/** What the main window shows, apart from how it looks: the model being edited and the window's facts. */
public final class MainWindowModel {
    private final LayerCatalog catalog;
    private final EditorModel editor;
    private final String version;
    private final List<DatasetCredit> datasetCredits;

    public MainWindowModel(LayerCatalog catalog, String version, List<DatasetCredit> datasetCredits, Messages messages) {
        this.catalog = catalog;
        this.editor = new EditorModel(catalog, messages);
        this.version = version;
        this.datasetCredits = List.copyOf(datasetCredits);
        editor.showStatus(messages.text("status.ready", catalog.entries().size()));
    }

    /** The installed layer types, this build's version and the dataset credits; touches no ND4J code. */
    public static MainWindowModel load(Messages messages) {
        LayerCatalog catalog = new LayerCatalog(LayerRegistry.withInstalledLayers(), messages);
        return new MainWindowModel(catalog, BuildInfo.version(), DatasetCredits.fromClassPath(), messages);
    }

    public LayerCatalog catalog() {
        return catalog;
    }

    public EditorModel editor() {
        return editor;
    }

    public String version() {
        return version;
    }

    public List<DatasetCredit> datasetCredits() {
        return datasetCredits;
    }
}
