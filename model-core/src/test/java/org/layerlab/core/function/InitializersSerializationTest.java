package org.layerlab.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.config.Config;
import org.layerlab.core.config.ConfigException;
import org.layerlab.core.shape.DType;

/** Keras 2 and 3 serialised forms of initializers (keras-format.md section 7.2). */
class InitializersSerializationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Config json(String text) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JSON.readValue(text, Map.class);
        return Config.of(map);
    }

    private static List<String> configKeys(Initializer init) {
        return new ArrayList<>(Initializers.serialize(init).getConfig("config").keys());
    }

    static List<Initializer> everyInitializer() {
        return List.of(ConstantInitializer.zeros(), ConstantInitializer.ones(), ConstantInitializer.constant(0.25),
                new RandomNormal(1, 0.5, 3L), new RandomUniform(-1, 2, null), new TruncatedNormal(0.1, 0.2, 4L),
                new VarianceScaling(0.5, VarianceScaling.Mode.FAN_OUT, VarianceScaling.Distribution.UNIFORM, 9L),
                VarianceScaling.glorotUniform(null), VarianceScaling.glorotNormal(1L), VarianceScaling.heNormal(2L),
                VarianceScaling.heUniform(null), VarianceScaling.lecunNormal(null), VarianceScaling.lecunUniform(5L),
                new Orthogonal(1.5, 6L), new Identity(3));
    }

    @ParameterizedTest
    @MethodSource("everyInitializer")
    void serialisedFormsRoundTripToTheSameObjectAndValues(Initializer init) {
        Config serialised = Initializers.serialize(init);
        Initializer back = Initializers.deserialize(serialised);
        assertThat(Initializers.serialize(back)).isEqualTo(serialised);
        assertThat(back.className()).isEqualTo(init.className());
        long[] shape = {6, 4};
        assertThat(back.generate(shape, DType.FLOAT64, new SplittableRandom(3)))
                .containsExactly(init.generate(shape, DType.FLOAT64, new SplittableRandom(3)));
    }

    @Test
    void configKeysAreKeras3s() {
        assertThat(Initializers.serialize(Initializers.deserialize("glorot_uniform")))
                .isEqualTo(Config.builder().put("class_name", "GlorotUniform")
                        .put("config", Config.builder().put("seed", null).build()).build());
        assertThat(configKeys(ConstantInitializer.zeros())).isEmpty();
        assertThat(configKeys(ConstantInitializer.constant(2))).containsExactly("value");
        assertThat(configKeys(new RandomNormal(0, 1, null))).containsExactly("seed", "mean", "stddev");
        assertThat(configKeys(new TruncatedNormal(0, 1, null))).containsExactly("seed", "mean", "stddev");
        assertThat(configKeys(new RandomUniform(0, 1, null))).containsExactly("seed", "minval", "maxval");
        assertThat(configKeys(new VarianceScaling(1, VarianceScaling.Mode.FAN_IN,
                VarianceScaling.Distribution.UNIFORM, null))).containsExactly("seed", "scale", "mode", "distribution");
        assertThat(configKeys(VarianceScaling.heNormal(null))).containsExactly("seed");
        assertThat(configKeys(new Orthogonal(1, null))).containsExactly("seed", "gain");
        assertThat(configKeys(new Identity(1))).containsExactly("gain");
    }

    @Test
    void stringIdentifiersTakeKerasDefaults() {
        assertThat(Initializers.serialize(Initializers.deserialize("random_normal")).getConfig("config"))
                .isEqualTo(Config.builder().put("seed", null).put("mean", 0.0).put("stddev", 0.05).build());
        assertThat(Initializers.serialize(Initializers.deserialize("random_uniform")).getConfig("config"))
                .isEqualTo(Config.builder().put("seed", null).put("minval", -0.05).put("maxval", 0.05).build());
        assertThat(Initializers.serialize(Initializers.deserialize("variance_scaling")).getConfig("config"))
                .isEqualTo(Config.builder().put("seed", null).put("scale", 1.0).put("mode", "fan_in")
                        .put("distribution", "truncated_normal").build());
        assertThat(Initializers.serialize(Initializers.deserialize("constant")).getConfig("config"))
                .isEqualTo(Config.builder().put("value", 0.0).build());
        assertThat(Initializers.serialize(Initializers.deserialize("orthogonal")).getConfig("config"))
                .isEqualTo(Config.builder().put("seed", null).put("gain", 1.0).build());
    }

    @ParameterizedTest
    @CsvSource({
        "zeros, Zeros", "Zeros, Zeros", "zero, Zeros", "ones, Ones", "one, Ones", "constant, Constant",
        "random_normal, RandomNormal", "normal, RandomNormal", "random_uniform, RandomUniform",
        "uniform, RandomUniform", "truncated_normal, TruncatedNormal", "variance_scaling, VarianceScaling",
        "glorot_uniform, GlorotUniform", "GlorotUniform, GlorotUniform", "glorot_normal, GlorotNormal",
        "he_normal, HeNormal", "he_uniform, HeUniform", "lecun_normal, LecunNormal", "lecun_uniform, LecunUniform",
        "LeCunNormal, LecunNormal", "LeCunUniform, LecunUniform", "orthogonal, Orthogonal",
        "OrthogonalInitializer, Orthogonal", "identity, Identity", "IdentityInitializer, Identity"
    })
    void stringIdentifiersResolveAsInKeras(String identifier, String className) {
        assertThat(Initializers.deserialize(identifier).className()).isEqualTo(className);
    }

    @Test
    void keras3FormWithModuleAndRegisteredNameIsRead() throws Exception {
        Initializer init = Initializers.deserialize(json("""
                {"module": "keras.initializers", "class_name": "HeNormal", "config": {"seed": 12},
                 "registered_name": null}"""));
        assertThat(init.className()).isEqualTo("HeNormal");
        assertThat(((VarianceScaling) init).seed()).isEqualTo(12L);

        Initializer orthogonal = Initializers.deserialize(json("""
                {"module": "keras.initializers", "class_name": "OrthogonalInitializer",
                 "config": {"gain": 1.0, "seed": null}, "registered_name": null}"""));
        assertThat(Initializers.serialize(orthogonal)).isEqualTo(Config.builder().put("class_name", "Orthogonal")
                .put("config", Config.builder().put("seed", null).put("gain", 1.0).build()).build());
    }

    @Test
    void keras2FormsAreRead() throws Exception {
        Initializer vs = Initializers.deserialize(json("""
                {"class_name": "VarianceScaling",
                 "config": {"scale": 2.0, "mode": "fan_in", "distribution": "normal", "seed": null}}"""));
        assertThat(Initializers.serialize(vs).getConfig("config").getString("distribution", ""))
                .isEqualTo("truncated_normal");
        Initializer normal = Initializers.deserialize(json("""
                {"class_name": "RandomNormal", "config": {"mean": 0.0, "stddev": 0.02, "seed": 5}}"""));
        assertThat(Initializers.serialize(normal).getConfig("config"))
                .isEqualTo(Config.builder().put("seed", 5).put("mean", 0.0).put("stddev", 0.02).build());
    }

    @Test
    void tensorflow1DtypeKeyIsIgnored() throws Exception {
        Initializer init = Initializers.deserialize(json("""
                {"class_name": "GlorotUniform", "config": {"seed": null, "dtype": "float32"}}"""));
        assertThat(configKeys(init)).containsExactly("seed");
    }

    @Test
    void keras315NullAxesAreReadButNotWritten() throws Exception {
        Initializer init = Initializers.deserialize(json("""
                {"class_name": "GlorotUniform", "config": {"seed": null, "input_axes": null, "output_axes": null}}"""));
        assertThat(configKeys(init)).containsExactly("seed");
        assertThatThrownBy(() -> Initializers.deserialize(json("""
                {"class_name": "HeNormal", "config": {"seed": null, "input_axes": [0]}}""")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("input_axes")
                .extracting(e -> ((ConfigException) e).field()).isEqualTo("input_axes");
    }

    @Test
    void unknownNamesNameThemselves() throws Exception {
        assertThatThrownBy(() -> Initializers.deserialize("glorot_unifrom"))
                .isInstanceOf(UnknownFunctionException.class).hasMessageContaining("\"glorot_unifrom\"")
                .hasMessageContaining("GlorotUniform");
        assertThatThrownBy(() -> Initializers.deserialize(json("""
                {"class_name": "MyInit", "config": {}}""")))
                .isInstanceOf(UnknownFunctionException.class).hasMessageContaining("MyInit");
        assertThatThrownBy(() -> Initializers.deserialize(42L))
                .isInstanceOf(UnknownFunctionException.class).hasMessageContaining("42");
    }

    @Test
    void badConfigsNameTheField() throws Exception {
        assertThatThrownBy(() -> Initializers.deserialize(json("""
                {"class_name": "RandomNormal", "config": {"mean": 0, "sigma": 1}}""")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("sigma").hasMessageContaining("RandomNormal");
        assertThatThrownBy(() -> Initializers.deserialize(json("""
                {"class_name": "VarianceScaling", "config": {"mode": "fan_sum"}}""")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("fan_sum")
                .extracting(e -> ((ConfigException) e).field()).isEqualTo("mode");
        assertThatThrownBy(() -> Initializers.deserialize(json("""
                {"class_name": "VarianceScaling", "config": {"distribution": "gamma"}}""")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("gamma");
        assertThatThrownBy(() -> Initializers.deserialize(json("""
                {"class_name": "VarianceScaling", "config": {"scale": 0}}""")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("positive scale");
        assertThatThrownBy(() -> Initializers.deserialize(json("""
                {"class_name": "Constant", "config": {"value": [1, 2]}}""")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("value");
        assertThatThrownBy(() -> Initializers.deserialize(json("""
                {"config": {"seed": null}}""")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("class_name");
    }

    @Test
    void menusListTheSnakeCaseNames() {
        assertThat(Initializers.names()).contains("zeros", "glorot_uniform", "he_normal", "lecun_uniform",
                "variance_scaling", "truncated_normal", "orthogonal", "identity").doesNotContain("GlorotUniform");
    }
}
