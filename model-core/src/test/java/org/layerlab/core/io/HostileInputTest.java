package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.layerlab.core.layer.LayerRegistry;

/** Every hostile input is refused with its typed error and a one-line message naming the file and what is wrong. */
class HostileInputTest {
    private final ModelReader reader = new ModelReader(LayerRegistry.withInstalledLayers());

    @TempDir
    static Path temp;

    static Stream<HostileInputs.Case> cases() {
        return Stream.concat(HostileInputs.committed().stream(), HostileInputs.generated(temp).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithItsTypedError(HostileInputs.Case c) {
        Throwable thrown = catchThrowable(() -> reader.read(c.file()));
        assertThat(thrown).as(c.name()).isExactlyInstanceOf(c.error());
        assertThat(thrown.getMessage()).startsWith(c.file().getFileName() + ": ").contains(c.fragment())
                .doesNotContain("\n");
    }

    @Test
    void atLeastTwentyFiveHostileFilesAreCommitted() {
        List<HostileInputs.Case> committed = HostileInputs.committed();
        assertThat(committed).hasSizeGreaterThanOrEqualTo(25);
        assertThat(committed).allSatisfy(c -> assertThat(c.file()).isRegularFile());
    }
}
