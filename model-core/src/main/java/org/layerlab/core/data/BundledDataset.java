package org.layerlab.core.data;

import java.util.List;

/**
 * A data table that ships with LayerLab, with what the app shows about it and the credit its
 * licence asks for.
 *
 * @param id the name used in projects and on the command line ("iris")
 * @param file the CSV file name under {@link BundledDatasets#RESOURCE_FOLDER}
 * @param rows data rows in the file
 * @param features feature columns (all numeric)
 * @param classNames the target's classes in index order
 */
public record BundledDataset(String id, String file, String title, String description, int rows, int features,
                             List<String> classNames, String credit) {
    public BundledDataset {
        classNames = List.copyOf(classNames);
    }

    /** The class-path location of the file. */
    public String resourcePath() {
        return BundledDatasets.RESOURCE_FOLDER + file;
    }

    public int classCount() {
        return classNames.size();
    }
}
