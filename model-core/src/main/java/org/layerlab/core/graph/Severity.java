package org.layerlab.core.graph;

/** How serious a diagnostic is; only errors stop a model from being built or trained. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
