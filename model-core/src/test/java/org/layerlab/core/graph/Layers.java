package org.layerlab.core.graph;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.config.Config;

/** Configs of the layers the graph tests use, in the form Keras would save them. */
public final class Layers {
    private Layers() {
    }

    /** An InputLayer config with an unknown batch dimension before the given ones. */
    public static Config input(String name, long... dims) {
        List<Long> batchShape = new ArrayList<>();
        batchShape.add(null);
        for (long d : dims) {
            batchShape.add(d);
        }
        return named(name).put("batch_shape", batchShape).build();
    }

    public static Config dense(String name, long units) {
        return named(name).put("units", units).build();
    }

    public static Config dropout(String name, double rate) {
        return named(name).put("rate", rate).build();
    }

    private static Config.Builder named(String name) {
        Config.Builder b = Config.builder();
        if (name != null) {
            b.put("name", name);
        }
        return b;
    }
}
