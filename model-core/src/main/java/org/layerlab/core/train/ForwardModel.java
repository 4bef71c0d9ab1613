package org.layerlab.core.train;

import java.util.List;
import org.layerlab.core.layer.CallContext;
import org.layerlab.core.layer.Weight;
import org.layerlab.core.shape.DType;
import org.layerlab.core.tensor.Tensor;

/** What training needs of a model: its forward computation, its input dtype and its weights. */
public interface ForwardModel {
    /**
     * The model's output for a batch of features, computed with {@code context}'s operations.
     * Adds the activity-regularisation penalty of each layer that has one to {@code penalties}.
     */
    Tensor forward(Tensor features, CallContext context, List<Tensor> penalties);

    /** The dtype the features are fed in. */
    DType inputDtype();

    /** The weights the optimiser updates, in layer order. */
    List<Weight> trainableWeights();

    /** Every weight, trainable or not, in layer order. */
    List<Weight> weights();
}
