package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project whose weights hold NaN is refused by every command that would use it, naming the layer and weight. */
class NonFiniteWeightsTest {
    @TempDir
    Path folder;
    Path poisoned;

    @BeforeEach
    void poisonATrainedProject() throws IOException {
        Path trained = TrainedProjects.iris(folder, 1);
        poisoned = folder.resolve("nan.llab");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(trained));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(poisoned))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("weights.bin")) {
                    // The third value of the first layer's kernel.
                    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putFloat(2 * Float.BYTES, Float.NaN);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    @Test
    void validateRefusesIt() {
        CliRun run = CliRun.of("validate", poisoned.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("layerlab validate: nan.llab: layer \"hidden\": weight \"kernel\" holds NaN at index 2; a model with"
                        + " NaN or infinite weights cannot be used: train it again (a lower learning rate often helps) or"
                        + " use an earlier save");
    }

    @Test
    void predictRefusesItAndWritesNothing() {
        Path out = folder.resolve("p.csv");

        CliRun run = CliRun.of("predict", poisoned.toString(), "--input", TestFiles.dataset("iris.csv", folder).toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("layer \"hidden\": weight \"kernel\" holds NaN");
        assertThat(out).doesNotExist();
    }

    @Test
    void exportRefusesItAndWritesNothing() {
        Path out = folder.resolve("tfjs");

        CliRun run = CliRun.of("export", poisoned.toString(), "--to", "tfjs", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("layer \"hidden\": weight \"kernel\" holds NaN");
        assertThat(out).doesNotExist();
    }
}
