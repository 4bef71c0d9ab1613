/**
 * Between the file formats and the engine: a model description becomes an editable {@code ModelGraph}
 * and back, and weights move between files and trainable models.
 */
package org.layerlab.core.project;
