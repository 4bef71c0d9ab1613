package org.layerlab.testkit;

/** The checks of the layer test kit, in the order it runs them; each failure names its check. */
public enum Check {
    /** The type describes itself and every parameter in English. */
    TEXTS("texts"),
    /** {@code getConfig()} recreates an equal layer. */
    CONFIG_ROUND_TRIP("config round trip"),
    /** At least one of the input shapes builds the layer. */
    BUILDS("builds"),
    /** {@code computeOutputShape} gives the shape {@code call} produces. */
    OUTPUT_SHAPE("computeOutputShape"),
    /** The weights built are the weights the type declares, by name, shape and trainability. */
    DECLARED_WEIGHTS("declared weights"),
    /** {@code countParams()} is the number of values the declared weights hold. */
    PARAMETER_COUNT("parameter count"),
    /** The tape's gradients agree with float64 central differences, for weights and inputs. */
    GRADIENT("gradient check"),
    /** Keras 2 and Keras 3 JSON written and read back give the same config. */
    KERAS_JSON("Keras JSON round trip"),
    /** A TF.js folder written and read back gives the same config and weights. */
    TFJS("TF.js round trip");

    private final String label;

    Check(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
