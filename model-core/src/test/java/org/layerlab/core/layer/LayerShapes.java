package org.layerlab.core.layer;

import java.util.Collections;
import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.shape.DType;
import org.layerlab.core.shape.Shape;

/** A layer of a registered type built for input shapes, for the tests of output shapes and parameter counts. */
public final class LayerShapes {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    private LayerShapes() {
    }

    /** A layer of {@code className} from {@code fields} (key, value pairs), built for {@code inputs}. */
    public static Layer built(String className, List<Shape> inputs, Object... fields) {
        Config.Builder b = Config.builder().put("name", LayerType.snakeCase(className));
        for (int i = 0; i < fields.length; i += 2) {
            b.put((String) fields[i], fields[i + 1]);
        }
        Layer layer = REGISTRY.create(className, b.build());
        layer.ensureBuilt(inputs, Collections.nCopies(inputs.size(), DType.FLOAT32));
        return layer;
    }

    /** The output shape of a layer built for {@code inputs}. */
    public static Shape output(Layer layer, List<Shape> inputs) {
        return inputs.size() == 1 ? layer.computeOutputShape(inputs.get(0)) : layer.computeOutputShape(inputs);
    }
}
