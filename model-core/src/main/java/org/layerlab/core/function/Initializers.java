package org.layerlab.core.function;

import java.util.List;
import org.layerlab.core.config.Config;

/**
 * Initializers from and to Keras's serialised forms. Strings resolve as in Keras 3: the class name,
 * its snake_case form, or an alias ({@code normal}, {@code uniform}, {@code one}, {@code zero},
 * {@code IdentityInitializer}, {@code OrthogonalInitializer}).
 */
public final class Initializers {
    private static final List<String> PRESET = List.of("seed", "input_axes", "output_axes");

    private static final FunctionTable<Initializer> TABLE = FunctionTable.<Initializer>builder("initializer")
            .add("Zeros", List.of(), c -> ConstantInitializer.zeros())
            .add("Ones", List.of(), c -> ConstantInitializer.ones())
            .add("Constant", List.of("value"), c -> ConstantInitializer.constant(c.getDouble("value", 0.0)))
            .add("RandomNormal", List.of("seed", "mean", "stddev"), RandomNormal::fromConfig)
            .add("RandomUniform", List.of("seed", "minval", "maxval"), RandomUniform::fromConfig)
            .add("TruncatedNormal", List.of("seed", "mean", "stddev"), TruncatedNormal::fromConfig)
            .add("VarianceScaling", List.of("seed", "scale", "mode", "distribution", "input_axes", "output_axes"),
                    VarianceScaling::fromConfig)
            .add("GlorotUniform", PRESET, c -> VarianceScaling.glorotUniform(VarianceScaling.presetSeed(c)))
            .add("GlorotNormal", PRESET, c -> VarianceScaling.glorotNormal(VarianceScaling.presetSeed(c)))
            .add("HeNormal", PRESET, c -> VarianceScaling.heNormal(VarianceScaling.presetSeed(c)))
            .add("HeUniform", PRESET, c -> VarianceScaling.heUniform(VarianceScaling.presetSeed(c)))
            .add("LecunNormal", PRESET, c -> VarianceScaling.lecunNormal(VarianceScaling.presetSeed(c)))
            .add("LecunUniform", PRESET, c -> VarianceScaling.lecunUniform(VarianceScaling.presetSeed(c)))
            .add("Orthogonal", List.of("seed", "gain"), Orthogonal::fromConfig)
            .add("Identity", List.of("gain"), Identity::fromConfig)
            .alias("normal", "RandomNormal")
            .alias("uniform", "RandomUniform")
            .alias("one", "Ones")
            .alias("zero", "Zeros")
            .alias("IdentityInitializer", "Identity")
            .alias("OrthogonalInitializer", "Orthogonal")
            // TensorFlow.js writes these two class names with a capital C.
            .alias("LeCunNormal", "LecunNormal")
            .alias("LeCunUniform", "LecunUniform")
            // TensorFlow 1.x wrote the dtype into initializer configs; it never changes the values.
            .ignoring("dtype")
            .build();

    private Initializers() {
    }

    /**
     * From a string identifier ({@code "glorot_uniform"}, {@code "GlorotUniform"}) or a
     * {@code {class_name, config}} object, with or without Keras 3's {@code module} and
     * {@code registered_name}.
     *
     * @throws UnknownFunctionException for a name Keras does not know
     * @throws org.layerlab.core.config.ConfigException for a bad or unknown config field
     */
    public static Initializer deserialize(Object spec) {
        return TABLE.deserialize(spec);
    }

    /** To Keras's {@code {"class_name": ..., "config": {...}}}, with Keras 3's config keys. */
    public static Config serialize(Initializer initializer) {
        return FunctionTable.serialize(initializer);
    }

    /** The snake_case identifiers, for menus. */
    public static List<String> names() {
        return TABLE.names();
    }
}
