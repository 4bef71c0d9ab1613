package org.layerlab.core.shape;

import java.util.Locale;

/** Tensor element types under their Keras names. */
public enum DType {
    FLOAT16("float16", true),
    BFLOAT16("bfloat16", true),
    FLOAT32("float32", true),
    FLOAT64("float64", true),
    INT8("int8", false),
    INT16("int16", false),
    INT32("int32", false),
    INT64("int64", false),
    UINT8("uint8", false),
    BOOL("bool", false),
    STRING("string", false);

    private final String kerasName;
    private final boolean floating;

    DType(String kerasName, boolean floating) {
        this.kerasName = kerasName;
        this.floating = floating;
    }

    public String kerasName() {
        return kerasName;
    }

    public boolean isFloating() {
        return floating;
    }

    /**
     * Parses a dtype as Keras's {@code standardize_dtype} does: {@code "float"} is float32,
     * {@code "double"} float64, {@code "int"} int32.
     */
    public static DType parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "float", "floatx" -> {
                return FLOAT32;
            }
            case "double" -> {
                return FLOAT64;
            }
            case "half" -> {
                return FLOAT16;
            }
            case "int" -> {
                return INT32;
            }
            case "boolean" -> {
                return BOOL;
            }
            default -> {
                for (DType t : values()) {
                    if (t.kerasName.equals(n)) {
                        return t;
                    }
                }
                throw new IllegalArgumentException("unknown dtype \"" + name + "\"");
            }
        }
    }

    @Override
    public String toString() {
        return kerasName;
    }
}
