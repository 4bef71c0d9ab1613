package org.layerlab.core.edit;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.core.layer.Config;

/** Layer configs the edit tests use, as Keras saves them. */
final class EditFixtures {
    private EditFixtures() {
    }

    static Config input(String name, long... dims) {
        List<Long> batchShape = new ArrayList<>();
        batchShape.add(null);
        for (long d : dims) {
            batchShape.add(d);
        }
        return Config.builder().put("name", name).put("batch_shape", batchShape).build();
    }

    static Config dense(String name, long units) {
        Config.Builder b = Config.builder().put("units", units);
        if (name != null) {
            b.put("name", name);
        }
        return b.build();
    }

    static Config dropout(String name, double rate) {
        return Config.builder().put("name", name).put("rate", rate).build();
    }
}
