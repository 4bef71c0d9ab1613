/**
 * Keras config dictionaries ({@link org.layerlab.core.config.Config}) and the error that names a field
 * ({@link org.layerlab.core.config.ConfigException}): shared by layers, functions, training settings and
 * files, and depending on nothing else in LayerLab but the reasons it gives.
 */
package org.layerlab.core.config;
