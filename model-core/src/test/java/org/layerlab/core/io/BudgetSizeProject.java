package org.layerlab.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.layerlab.core.layer.LayerRegistry;

/**
 * Writes and reads back a project at the parameter budget's size, in a process of its own for the heap it
 * needs: a 64-7000-7000-1 model, 49.5 million parameters of the 50 million budget. Prints the file's size
 * and the times; exits with 1 when the weights read back differ.
 */
public final class BudgetSizeProject {
    static final long PARAMETERS = 64L * 7000 + 7000 + 7000L * 7000 + 7000 + 7000 + 1;

    private BudgetSizeProject() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        LayerRegistry registry = LayerRegistry.withInstalledLayers();
        ModelDescription model = Models.withRandomWeights(ModelDescription.chain("budget", List.of(
                Models.input("in", null, 64L),
                Models.layer("Dense", "wide_1").with("units", 7000L).with("activation", "relu"),
                Models.layer("Dense", "wide_2").with("units", 7000L).with("activation", "relu"),
                Models.layer("Dense", "out").with("units", 1L)), Models.types("InputLayer", "Dense", "Dense", "Dense")), 5);
        long written = checksum(model.weights());
        long start = System.nanoTime();
        new ProjectWriter(registry).write(Project.of(model), file);
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        model = null;
        start = System.nanoTime();
        Project read = new ProjectReader(new ModelReader(registry)).open(file);
        double readSeconds = (System.nanoTime() - start) / 1e9;
        long count = read.model().weights().values().stream().flatMap(List::stream).mapToLong(WeightArray::size).sum();
        boolean same = checksum(read.model().weights()) == written && count == PARAMETERS;
        System.out.printf("budget-size project: %,d parameters, %,d bytes, written in %.1f s, read in %.1f s: %s%n",
                count, Files.size(file), writeSeconds, readSeconds, same ? "the same weights" : "DIFFERENT WEIGHTS");
        System.exit(same ? 0 : 1);
    }

    private static long checksum(Map<String, List<WeightArray>> weights) {
        CRC32 crc = new CRC32();
        byte[] bytes = new byte[4];
        weights.forEach((layer, arrays) -> arrays.forEach(w -> {
            for (int i = 0; i < w.size(); i++) {
                int bits = Float.floatToRawIntBits(w.value(i));
                bytes[0] = (byte) bits;
                bytes[1] = (byte) (bits >> 8);
                bytes[2] = (byte) (bits >> 16);
                bytes[3] = (byte) (bits >> 24);
                crc.update(bytes);
            }
        }));
        return crc.getValue();
    }
}
