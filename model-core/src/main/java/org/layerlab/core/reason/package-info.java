/**
 * Why the engine refuses or flags something, as a {@link org.layerlab.core.reason.Reason}: a key of the
 * {@code Reasons} bundle (English and Simplified Chinese) and its arguments, so the window can say it in the
 * user's language while the command line, files and logs keep Keras's English; and the
 * {@link org.layerlab.core.reason.TextBundle} such texts are read from. Depends on nothing else in LayerLab.
 */
package org.layerlab.core.reason;
