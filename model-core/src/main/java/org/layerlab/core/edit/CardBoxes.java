package org.layerlab.core.edit;

import org.layerlab.core.graph.NodeId;

/** Where each layer's card lies on the canvas now: the canvas's answer, since only it knows card sizes. */
@FunctionalInterface
public interface CardBoxes {
    CardBox of(NodeId id);
}
