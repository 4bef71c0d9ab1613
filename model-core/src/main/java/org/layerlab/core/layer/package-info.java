/**
 * The Keras layer contract and everything LayerLab knows about a kind of layer.
 *
 * <p>A {@link org.layerlab.core.layer.Layer} is written as in Keras: its params, {@code build} creating
 * weights with {@code addWeight}, {@code call} with backend operations only, {@code computeOutputShape},
 * and an {@link org.layerlab.core.shape.InputSpec}. Its {@link org.layerlab.core.layer.LayerType} is the one
 * place for the rest: the {@link org.layerlab.core.layer.Param}s (each named once; the config is derived
 * from them), the weights it declares for given inputs, how many inputs it takes, the editor's group, icon,
 * summary and texts (a resource bundle beside the layer class, English and Simplified Chinese), and how it
 * is written in Keras 1/2/3 and TF.js files ({@link org.layerlab.core.layer.KerasForm}).
 *
 * <p>Every layer type, LayerLab's own included, reaches the {@link org.layerlab.core.layer.LayerRegistry}
 * through a {@link org.layerlab.core.layer.LayerPlugin} listed in
 * {@code META-INF/services/org.layerlab.core.layer.LayerPlugin}; {@code layer-testkit} checks a type
 * against the contract.
 */
package org.layerlab.core.layer;
