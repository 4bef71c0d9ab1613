package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;

/**
 * A layer plugin jar, built in this run from {@code src/test/plugin/softgate} and loaded through a class
 * loader of its own, holds SoftGate, a layer with a trainable and a frozen weight that LayerLab does not
 * know and TensorFlow.js does not have. Through its layer type alone it reads and writes Keras 2 and 3
 * JSON and TF.js with its weights, and TensorFlow.js in Node.js, loading the JavaScript class file the
 * export wrote, predicts what LayerLab predicts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginLayerInteropTest {
    private URLClassLoader loader;
    private LayerRegistry registry;
    private ModelDescription model;
    private Path exports;
    private Map<String, TfjsResult> results;
    private LayerLabOutputs expected;

    @BeforeAll
    void buildThePluginExportAndRunTensorFlowJs(@TempDir Path temp) throws Exception {
        loader = PluginJar.loader(PluginJar.build("softgate", temp));
        registry = LayerRegistry.withInstalledLayers(loader);
        LayerType gate = registry.require("SoftGate");
        model = TfjsExports.scaledToFanIn(Models.withRandomWeights(ModelDescription.chain("gated", List.of(
                Models.input("features", null, 4L),
                Models.layer("Dense", "hidden").with("units", 6L).with("activation", "tanh"),
                gate.defaultConfig("gate").with("temperature", 1.5),
                Models.layer("Dense", "out").with("units", 3L).with("activation", "softmax")),
                List.of(Models.type("InputLayer"), Models.type("Dense"), gate, Models.type("Dense"))), 31));
        double[][] rows = TfjsExports.inputRows(model, 32);
        expected = LayerLabOutputs.of(model, rows, registry);
        exports = temp;
        results = NodeClient.installed().run(TfjsExports.export(temp, "gated", model, rows), temp);
    }

    @AfterAll
    void closeThePluginLoader() throws Exception {
        loader.close();
    }

    @Test
    void thePluginIsFoundThroughTheServiceLoaderWithItsOwnTexts() {
        LayerType gate = registry.require("SoftGate");
        assertThat(gate.layerClass().getClassLoader()).isSameAs(loader);
        assertThat(gate.group()).isEqualTo(LayerGroup.CUSTOM);
        assertThat(gate.description(Locale.ENGLISH)).startsWith("Lets each feature through");
        assertThat(gate.paramHelp("temperature", Locale.SIMPLIFIED_CHINESE)).startsWith("门打开的陡峭程度");
        assertThat(LayerRegistry.withInstalledLayers().find("SoftGate")).as("not on the application class path").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gated keras", "gated tfjs"})
    void tensorFlowJsLoadsTheClassFileTheExportWroteAndPredictsAsLayerLab(String job) {
        TfjsExports.assertMatches(job, results.get(job), expected);
        assertThat(results.get(job).weightNames()).contains("gate/gate", "gate/shift");
        assertThat(results.get(job).trainableWeightNames()).contains("gate/gate").doesNotContain("gate/shift");
    }

    @Test
    void theExportsWriteTheClassesTheTypeShipsBesideTheModel() throws Exception {
        String js = Files.readString(exports.resolve("gated/tfjs/SoftGate.js"));
        assertThat(js).contains("class SoftGate extends tf.layers.Layer", "tf.serialization.registerClass(SoftGate);");
        assertThat(Files.readString(exports.resolve("gated/SoftGate.js"))).isEqualTo(js);
        assertThat(Files.readString(exports.resolve("gated/SoftGate.py")))
                .contains("class SoftGate(keras.layers.Layer):", "keras.saving.get_custom_objects()[\"SoftGate\"] = SoftGate");
        assertThat(new KerasPythonScriptWriter().toScript(model, "gated.py"))
                .contains("class SoftGate(keras.layers.Layer):", "SoftGate(**{");
    }

    @Test
    void kerasJsonOfBothVersionsReadsBackThroughThePluginsType() throws Exception {
        ModelReader reader = new ModelReader(registry);
        for (String json : List.of(new Keras2JsonWriter().toJson(model, "k2.json"),
                new Keras3JsonWriter().toJson(model, "k3.json"))) {
            ModelDescription back = reader.readJson("k.json", json.getBytes(StandardCharsets.UTF_8));
            assertThat(back.layers()).isEqualTo(model.layers());
        }
    }

    @Test
    void theTfjsFolderReadsBackWithThePluginsWeights() throws Exception {
        ModelDescription back = new ModelReader(registry).read(exports.resolve("gated/tfjs/model.json"));
        assertThat(back.layers()).isEqualTo(model.layers());
        assertThat(back.weights()).isEqualTo(model.weights());
    }

    @Test
    void withoutThePluginTheLayerIsRefusedAndIoNeverNamesIt() throws Exception {
        assertThatThrownBy(() -> new ModelReader(LayerRegistry.withInstalledLayers())
                .read(exports.resolve("gated/tfjs/model.json")))
                .isInstanceOf(UnsupportedLayerException.class).hasMessageContaining("\"gate\" (SoftGate)");
        Path io = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
                .resolve("src/main/java/org/layerlab/core/io");
        try (Stream<Path> sources = Files.list(io)) {
            for (Path source : sources.toList()) {
                assertThat(Files.readString(source)).as(source.getFileName().toString()).doesNotContain("SoftGate");
            }
        }
    }
}
