package org.layerlab.core.layer;

/** The kind of value a layer parameter holds; it picks the inspector widget and the JSON form. */
public enum ParamKind {
    INTEGER,
    FLOAT,
    BOOLEAN,
    STRING,
    /** One of a fixed list of strings. */
    CHOICE,
    /** A shape as a list, batch dimension first, with {@code null} for unknown dimensions. */
    SHAPE,
    /** A list of integers or nulls, for example a noise shape. */
    INTEGER_LIST,
    DTYPE,
    ACTIVATION,
    INITIALIZER,
    REGULARIZER,
    CONSTRAINT
}
