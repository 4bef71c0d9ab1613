package org.layerlab.core.layer.core;

import java.util.List;
import org.layerlab.core.layer.LayerPlugin;
import org.layerlab.core.layer.LayerType;
import org.layerlab.core.layer.activation.ELU;
import org.layerlab.core.layer.activation.LeakyReLU;
import org.layerlab.core.layer.activation.PReLU;
import org.layerlab.core.layer.activation.ReLU;
import org.layerlab.core.layer.activation.Softmax;
import org.layerlab.core.layer.activation.ThresholdedReLU;
import org.layerlab.core.layer.merge.Average;
import org.layerlab.core.layer.merge.Concatenate;
import org.layerlab.core.layer.merge.Maximum;
import org.layerlab.core.layer.merge.Minimum;
import org.layerlab.core.layer.merge.Multiply;
import org.layerlab.core.layer.merge.Subtract;
import org.layerlab.core.layer.noise.ActivityRegularization;
import org.layerlab.core.layer.noise.GaussianDropout;
import org.layerlab.core.layer.noise.GaussianNoise;
import org.layerlab.core.layer.normalization.BatchNormalization;
import org.layerlab.core.layer.normalization.LayerNormalization;
import org.layerlab.core.layer.reshaping.Flatten;
import org.layerlab.core.layer.reshaping.Permute;
import org.layerlab.core.layer.reshaping.RepeatVector;
import org.layerlab.core.layer.reshaping.Reshape;

/** The layers that come with LayerLab's engine. */
public final class CoreLayers implements LayerPlugin {
    @Override
    public List<LayerType> layerTypes() {
        return List.of(InputLayer.TYPE, Dense.TYPE, Dropout.TYPE, Activation.TYPE, Add.TYPE,
                Subtract.TYPE, Multiply.TYPE, Average.TYPE, Maximum.TYPE, Minimum.TYPE, Concatenate.TYPE,
                BatchNormalization.TYPE, LayerNormalization.TYPE,
                Flatten.TYPE, Reshape.TYPE, Permute.TYPE, RepeatVector.TYPE,
                GaussianNoise.TYPE, GaussianDropout.TYPE, ActivityRegularization.TYPE,
                ReLU.TYPE, LeakyReLU.TYPE, PReLU.TYPE, ELU.TYPE, Softmax.TYPE, ThresholdedReLU.TYPE);
    }
}
