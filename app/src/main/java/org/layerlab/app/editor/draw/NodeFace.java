package org.layerlab.app.editor.draw;

import org.layerlab.core.graph.NodeId;

/**
 * What a node on the canvas shows, already worded: the view draws it as it is.
 *
 * @param summary the key parameters in one line, for example {@code Dense 64 relu}
 * @param shape the output shape, for example {@code (None, 64)}, or {@code ?} when it cannot be told
 * @param params the parameter count, worded
 * @param problem the first error of the node, or {@code null}
 * @param icon an Ikonli icon literal
 * @param group a style class for the layer's group, for the header's colour
 * @param inPorts how many input ports to show
 */
public record NodeFace(NodeId id, String name, String className, String summary, String shape, String params,
        String problem, String icon, String group, int inPorts, boolean hasOutPort) {
}
