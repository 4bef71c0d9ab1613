package org.layerlab.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.layerlab.core.layer.KerasForm;
import org.layerlab.core.layer.LayerType;

/**
 * The Python and JavaScript classes of the layer classes Keras and TensorFlow.js lack, as their layer
 * types ship them, made into files that register the class under its Keras class name: a Python module
 * beside a Keras JSON export, a JavaScript file inside a TF.js export folder.
 */
final class ClassSources {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ClassSources() {
    }

    /** The model's layer types that Keras lacks, by class name, in layer order; each a valid identifier. */
    static Map<String, LayerType> customTypes(String file, ModelDescription model) throws UnwritableModelException {
        return typesLacking(file, model, form -> !form.isBuiltIn());
    }

    /** The model's layer types that TensorFlow.js lacks or cannot read as Keras writes them, by class name. */
    private static Map<String, LayerType> tfjsCustomTypes(String file, ModelDescription model)
            throws UnwritableModelException {
        return typesLacking(file, model, form -> !form.isBuiltInTfjs());
    }

    private static Map<String, LayerType> typesLacking(String file, ModelDescription model, Predicate<KerasForm> lacks)
            throws UnwritableModelException {
        Map<String, LayerType> types = new LinkedHashMap<>();
        for (LayerEntry layer : model.layers()) {
            if (lacks.test(layer.type().keras())) {
                if (!IDENTIFIER.matcher(layer.className()).matches()) {
                    throw new UnwritableModelException(file, layer.name(), "the layer class "
                            + MessageText.quote(layer.className()) + " is not a Python or JavaScript identifier");
                }
                types.putIfAbsent(layer.className(), layer.type());
            }
        }
        return types;
    }

    /** The class and its registration under the Keras class name, for a script that imported keras. */
    static Optional<String> pythonClass(LayerType type) {
        return type.pythonClassSource().map(source -> source.strip() + "\n\n\n"
                + "# The name Keras JSON gives as class_name (Keras 2) and registered_name (Keras 3).\n"
                + "keras.saving.get_custom_objects()[\"" + type.className() + "\"] = " + type.className() + "\n");
    }

    /**
     * Writes {@code <ClassName>.py} beside {@code jsonFile} for each custom layer class that ships one, so
     * that {@code import <ClassName>} before {@code keras.models.model_from_json} finds the class.
     */
    static void writePython(ModelDescription model, Path jsonFile) throws IOException {
        Path folder = jsonFile.toAbsolutePath().getParent();
        for (Map.Entry<String, LayerType> e : customTypes(String.valueOf(jsonFile.getFileName()), model).entrySet()) {
            Optional<String> source = pythonClass(e.getValue());
            if (source.isPresent()) {
                Files.writeString(folder.resolve(e.getKey() + ".py"), "\"\"\"The layer class " + e.getKey()
                        + " for Keras 3. Written by LayerLab.\"\"\"\n\nimport keras\n\n\n" + source.get(),
                        StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Writes {@code <ClassName>.js} into a TF.js export folder for each layer class TF.js lacks (a custom one,
     * or a Keras one TF.js does not have or reads only in part, whose file then replaces TF.js's). Each file
     * registers its class with TensorFlow.js: in a page, loaded by a script tag after TF.js (it finds the
     * global {@code tf}); in Node.js, {@code require('./<ClassName>.js')(tf)}.
     *
     * @param required whether a custom class without a JavaScript class is refused (TF.js cannot load the
     *     model without it) or left for the user to provide
     * @throws UnwritableModelException when a required custom class ships no JavaScript class
     */
    static void writeJavaScript(String file, ModelDescription model, Path folder, boolean required)
            throws IOException {
        for (Map.Entry<String, LayerType> e : tfjsCustomTypes(file, model).entrySet()) {
            String name = e.getKey();
            Optional<String> source = e.getValue().javascriptClassSource();
            if (source.isPresent()) {
                Files.writeString(folder.resolve(name + ".js"), javascriptModule(name, source.get()),
                        StandardCharsets.UTF_8);
            } else if (required) {
                throw new UnwritableModelException(file, firstLayerOf(model, name), "TensorFlow.js has no layer"
                        + " class " + MessageText.quote(name) + " and its layer type ships no JavaScript class");
            }
        }
    }

    private static String javascriptModule(String className, String source) {
        return "// The layer class " + className + " for TensorFlow.js 4, written by LayerLab. Load it before the model:\n"
                + "// in a page, <script src=\"" + className + ".js\"></script> after TensorFlow.js;\n"
                + "// in Node.js, require('./" + className + ".js')(tf).\n"
                + "(function (register) {\n"
                + "  if (typeof module === 'object' && module.exports) {\n"
                + "    module.exports = register;\n"
                + "  } else {\n"
                + "    register(globalThis.tf);\n"
                + "  }\n"
                + "}(function (tf) {\n"
                + source.strip() + "\n"
                + "tf.serialization.registerClass(" + className + ");\n"
                + "return " + className + ";\n"
                + "}));\n";
    }

    /** The name of the first layer of the class, for messages. */
    static String firstLayerOf(ModelDescription model, String className) {
        return model.layers().stream().filter(l -> l.className().equals(className)).map(LayerEntry::name)
                .findFirst().orElse(null);
    }
}
