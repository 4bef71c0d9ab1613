package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.core.layer.LayerRegistry;

/**
 * Runs in its own JVM with a 256 MB heap (the {@code small-heap} surefire execution in model-core's pom):
 * every hostile input is refused with its typed error, within 100 ms once the reader is warm, and
 * without running out of memory.
 */
@Tag("small-heap")
class HostileInputSmallHeapTest {
    private static final long HEAP_LIMIT = 300L << 20;
    private static final long TIME_LIMIT_NANOS = 100_000_000L;

    @TempDir
    Path temp;

    @Test
    void everyHostileInputIsRefusedQuicklyInASmallHeap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("run through the small-heap execution (-Xmx256m)")
                .isLessThanOrEqualTo(HEAP_LIMIT);
        ModelReader reader = new ModelReader(LayerRegistry.withInstalledLayers());
        List<HostileInputs.Case> cases = new ArrayList<>(HostileInputs.committed());
        cases.addAll(HostileInputs.generated(temp));
        reader.read(SharedFiles.kerasFixture("01_credit-card-fraud_seq-list.json"));
        for (HostileInputs.Case c : cases) {
            catchThrowable(() -> reader.read(c.file()));
        }
        List<String> slow = new ArrayList<>();
        for (HostileInputs.Case c : cases) {
            long best = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 3; attempt++) {
                long start = System.nanoTime();
                Throwable thrown = catchThrowable(() -> reader.read(c.file()));
                best = Math.min(best, System.nanoTime() - start);
                assertThat(thrown).as(c.name()).isExactlyInstanceOf(c.error());
            }
            if (best > TIME_LIMIT_NANOS) {
                slow.add(c.name() + " took " + best / 1_000_000 + " ms");
            }
        }
        assertThat(slow).as("refusals slower than 100 ms").isEmpty();
    }
}
