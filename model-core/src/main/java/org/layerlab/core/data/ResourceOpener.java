package org.layerlab.core.data;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens a class-path resource such as {@code layerlab/datasets/iris.csv}. The composition root
 * passes one in (for example {@code ClassLoader::getResourceAsStream}) because the data files ship
 * in a module that model-core does not depend on.
 */
@FunctionalInterface
public interface ResourceOpener {
    /** The resource's bytes, or {@code null} when there is no such resource. */
    InputStream open(String path) throws IOException;

    /** Resources of a class loader. */
    static ResourceOpener of(ClassLoader loader) {
        return loader::getResourceAsStream;
    }
}
