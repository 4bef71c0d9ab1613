package org.layerlab.core.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.layerlab.core.config.Config;
import org.layerlab.core.shape.Shape;
import org.layerlab.testkit.LayerTestKit;

/** Runs the layer test kit on a registered type with a config and the input shapes it must build for. */
public final class KitCases {
    private static final LayerRegistry REGISTRY = LayerRegistry.withInstalledLayers();

    private KitCases() {
    }

    /** A config of the fields given as name, value pairs. */
    public static Config config(String name, Object... fields) {
        Config.Builder b = Config.builder().put("name", name);
        for (int i = 0; i < fields.length; i += 2) {
            b.put((String) fields[i], fields[i + 1]);
        }
        return b.build();
    }

    /** The kit passes (its gradient check included), and every one of {@code shapes} built. */
    public static void passes(String className, Config config, List<List<Shape>> shapes) {
        LayerTestKit.Report report = LayerTestKit.of(REGISTRY.require(className)).config(config).inputShapes(shapes).run();
        assertThat(report.builtFor()).as("%s builds for every input shape given", className).hasSize(shapes.size());
    }

    public static List<Shape> one(Shape s) {
        return List.of(s);
    }
}
