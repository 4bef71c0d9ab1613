package org.layerlab.core.graph;

import java.util.List;
import java.util.Objects;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;

/**
 * What shape inference found for one node: its output shape and dtype when it could tell them, its
 * parameter counts, and its diagnostics.
 *
 * @param outputShape the output shape, or {@code null} when an error (its own or upstream) hides it
 * @param dtype the output dtype, or {@code null} with the shape
 * @param needsReinitialisation whether an upstream change made the layer's weights start anew
 */
public record NodeResult(NodeId node, Shape outputShape, DType dtype, long trainableParams,
        long nonTrainableParams, List<Diagnostic> diagnostics, boolean needsReinitialisation) {

    public NodeResult {
        Objects.requireNonNull(node, "node");
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasOutput() {
        return outputShape != null;
    }

    public long paramCount() {
        return trainableParams + nonTrainableParams;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** Whether nodes reading this one would see the same input; if so they need no recomputation. */
    boolean sameOutputAs(NodeResult other) {
        return other != null && Objects.equals(outputShape, other.outputShape) && dtype == other.dtype;
    }
}
