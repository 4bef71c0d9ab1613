/**
 * Keras and TensorFlow.js model files in and out.
 *
 * <p>{@link org.layerlab.core.io.ModelReader} turns Keras 1/2/3 JSON, a {@code .keras} archive's
 * {@code config.json} and TensorFlow.js layers models (with their weight shards) into a format-neutral
 * {@link org.layerlab.core.io.ModelDescription}; the {@link org.layerlab.core.io.ModelWriter}s write a
 * description as Keras 2 JSON, Keras 3 JSON, a TensorFlow.js folder or a Keras 3 Python script.
 *
 * <p>Reading goes: parse within {@link org.layerlab.core.io.ReadLimits} → find the topology (unwrap a
 * double-encoded string, a TF.js wrapper, a bare {@code get_config()}) → parse layers and connections →
 * refuse unregistered classes, all listed at once → flatten nested models → normalise each config to what
 * {@code LayerRegistry.create} takes → check connections and order the layers → check the declared
 * parameter count against the budget → read weights. Every refusal is a
 * {@link org.layerlab.core.io.ModelFormatException} subclass naming the file, layer and field.
 *
 * <p>A description becomes a graph with one {@code LayerRegistry.create(className, config)} per
 * {@link org.layerlab.core.io.LayerEntry}, in order, and one edge per inbound
 * {@link org.layerlab.core.io.TensorRef} (port i of the entry reads output {@code tensorIndex} of layer
 * {@code layer}).
 *
 * <p>{@code io} knows no layer by its class name. Each {@link org.layerlab.core.io.LayerEntry} carries its
 * {@link org.layerlab.core.layer.LayerType}, which declares its weights (matched against TF.js manifests and
 * counted against the budget), its Keras 1 names and {@code Merge} mode, its Keras 2/3 config form, and, for
 * a class Keras and TF.js lack, the Python and JavaScript class sources written beside an export. A plugin's
 * layer therefore reads and writes every format exactly like Dense.
 */
package org.layerlab.core.io;
