package org.layerlab.app.about;

/**
 * Where one shipped dataset comes from.
 *
 * @param file the file name under {@code layerlab/datasets/}, for example {@code iris.csv}
 * @param origin the source to credit
 * @param licence the licence it is shared under
 */
public record DatasetCredit(String file, String origin, String licence) {
}
