package org.layerlab.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a Python script that rebuilds the model with Keras 3: {@code keras.Sequential} for a chain,
 * the functional API otherwise, every layer from its config. Scale is defined in the script and
 * registered under the name {@code "Scale"}, the {@code registered_name} the Keras 3 JSON writer uses, so
 * the script can also load that JSON. Weights are not written.
 */
public final class KerasPythonScriptWriter implements ModelWriter {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static final String SCALE_CLASS = """
            class Scale(keras.layers.Layer):
                \"""DenseNet's Scale layer: gamma * x + beta, gamma and beta of shape (input_shape[axis],).\"""

                def __init__(self, axis=-1, momentum=0.9, gamma_initializer="ones", beta_initializer="zeros", **kwargs):
                    super().__init__(**kwargs)
                    self.axis = axis
                    self.momentum = momentum
                    self.gamma_initializer = keras.initializers.get(gamma_initializer)
                    self.beta_initializer = keras.initializers.get(beta_initializer)

                def build(self, input_shape):
                    channels = input_shape[self.axis]
                    self.gamma = self.add_weight(name="gamma", shape=(channels,), initializer=self.gamma_initializer)
                    self.beta = self.add_weight(name="beta", shape=(channels,), initializer=self.beta_initializer)

                def call(self, inputs):
                    shape = [1] * len(inputs.shape)
                    shape[self.axis] = self.gamma.shape[0]
                    return inputs * keras.ops.reshape(self.gamma, shape) + keras.ops.reshape(self.beta, shape)

                def compute_output_shape(self, input_shape):
                    return input_shape

                def get_config(self):
                    config = super().get_config()
                    config.update({"momentum": self.momentum, "axis": self.axis})
                    gamma = keras.initializers.serialize(self.gamma_initializer)
                    beta = keras.initializers.serialize(self.beta_initializer)
                    if gamma["class_name"] != "Ones":
                        config["gamma_initializer"] = gamma
                    if beta["class_name"] != "Zeros":
                        config["beta_initializer"] = beta
                    return config


            # The name the Keras 3 JSON gives as registered_name, so keras.models.model_from_json finds the class.
            keras.saving.get_custom_objects()["Scale"] = Scale


            """;

    @Override
    public void write(ModelDescription model, Path target) throws IOException {
        Files.writeString(target, toScript(model, String.valueOf(target.getFileName())), StandardCharsets.UTF_8);
    }

    /** The script text; {@code file} only labels errors. */
    public String toScript(ModelDescription model, String file) throws ModelFormatException {
        List<LayerEntry> layers = KerasLayerForms.checked(file, model);
        StringBuilder py = new StringBuilder();
        py.append("\"\"\"Rebuilds the model ").append(PythonLiterals.of(model.name()))
                .append(" with Keras 3. Written by LayerLab.\"\"\"\n\nimport keras\n\n\n");
        if (layers.stream().anyMatch(l -> l.className().equals("Scale"))) {
            py.append(SCALE_CLASS);
        }
        py.append("def build_model():\n");
        if (model.isChain()) {
            py.append("    return keras.Sequential([\n");
            for (LayerEntry layer : layers) {
                py.append("        ").append(construct(file, layer)).append(",\n");
            }
            py.append("    ], name=").append(PythonLiterals.of(model.name())).append(")\n");
        } else {
            py.append("    t = {}\n");
            for (LayerEntry layer : layers) {
                py.append("    t[").append(PythonLiterals.of(layer.name())).append("] = ").append(construct(file, layer));
                if (!layer.isInputLayer()) {
                    List<String> args = layer.inbound().stream().map(r -> "t[" + PythonLiterals.of(r.layer()) + "]")
                            .toList();
                    py.append(args.size() == 1 ? "(" + args.get(0) + ")" : "([" + String.join(", ", args) + "])");
                }
                py.append('\n');
            }
            py.append("    return keras.Model(inputs=").append(tensors(model.inputs())).append(", outputs=")
                    .append(tensors(model.outputs())).append(", name=").append(PythonLiterals.of(model.name()))
                    .append(")\n");
        }
        py.append("\n\nif __name__ == \"__main__\":\n    build_model().summary()\n");
        return py.toString();
    }

    private static String construct(String file, LayerEntry layer) throws UnwritableModelException {
        if (layer.isInputLayer()) {
            Map<String, Object> kwargs = new LinkedHashMap<>();
            kwargs.put("batch_shape", layer.config().getList("batch_shape"));
            kwargs.put("dtype", layer.config().getString("dtype", "float32"));
            kwargs.put("name", layer.name());
            return "keras.Input(**" + PythonLiterals.of(kwargs) + ")";
        }
        String cls = layer.className();
        if (!IDENTIFIER.matcher(cls).matches()
                || !(cls.equals("Scale") || KerasLayerForms.KERAS_BUILT_INS.contains(cls))) {
            throw new UnwritableModelException(file, layer.name(), "the layer class " + MessageText.quote(cls)
                    + " has no Keras 3 counterpart the script can build");
        }
        String callee = cls.equals("Scale") ? "Scale" : "keras.layers." + cls;
        return callee + "(**" + PythonLiterals.of(KerasLayerForms.layerConfig(layer)) + ")";
    }

    private static String tensors(List<TensorRef> refs) {
        List<String> names = refs.stream().map(r -> "t[" + PythonLiterals.of(r.layer()) + "]").toList();
        return names.size() == 1 ? names.get(0) : "[" + String.join(", ", names) + "]";
    }
}
