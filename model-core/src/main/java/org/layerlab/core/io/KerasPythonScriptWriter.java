package org.layerlab.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.layerlab.core.layer.KerasDialect;
import org.layerlab.core.layer.LayerType;

/**
 * Writes a Python script that rebuilds the model with Keras 3: {@code keras.Sequential} for a chain,
 * the functional API otherwise, every layer from its config. A layer class Keras lacks is defined in the
 * script from the Python class its layer type ships, and registered under its class name, the
 * {@code registered_name} the Keras 3 JSON writer uses, so the script can also load that JSON. Weights are
 * not written.
 */
public final class KerasPythonScriptWriter implements ModelWriter {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

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
        for (Map.Entry<String, LayerType> custom : ClassSources.customTypes(file, model).entrySet()) {
            String source = ClassSources.pythonClass(custom.getValue()).orElseThrow(
                    () -> new UnwritableModelException(file, ClassSources.firstLayerOf(model, custom.getKey()),
                            "the layer class " + MessageText.quote(custom.getKey())
                                    + " has no Keras 3 counterpart the script can build"));
            py.append(source).append("\n\n");
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
        String kwargs = "(**" + PythonLiterals.of(KerasLayerForms.config(layer, KerasDialect.PYTHON)) + ")";
        if (layer.isInputLayer()) {
            return "keras.Input" + kwargs;
        }
        String cls = layer.className();
        if (!IDENTIFIER.matcher(cls).matches()) {
            throw new UnwritableModelException(file, layer.name(), "the layer class " + MessageText.quote(cls)
                    + " has no Keras 3 counterpart the script can build");
        }
        return (layer.type().keras().isBuiltIn() ? "keras.layers." + cls : cls) + kwargs;
    }

    private static String tensors(List<TensorRef> refs) {
        List<String> names = refs.stream().map(r -> "t[" + PythonLiterals.of(r.layer()) + "]").toList();
        return names.size() == 1 ? names.get(0) : "[" + String.join(", ", names) + "]";
    }
}
