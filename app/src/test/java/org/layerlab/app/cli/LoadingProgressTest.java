package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerlab.app.i18n.Messages;

class LoadingProgressTest {
    private static final Messages MESSAGES = Messages.load(Messages.CLI_BUNDLE);

    @Test
    void aLargeFileShowsHowFarItIsReadAndClearsTheLineAtTheEnd() throws IOException {
        StringWriter terminal = new StringWriter();
        byte[] file = new byte[16 << 20];
        LoadingProgress progress = new LoadingProgress(Optional.of(new PrintWriter(terminal)), MESSAGES);

        try (InputStream in = progress.counting(new ByteArrayInputStream(file), "big.csv", file.length)) {
            in.readAllBytes();
        }

        assertThat(terminal.toString()).startsWith("\rloading big.csv  ").contains("% (").contains(" of 16 MB)")
                .endsWith("\r");
    }

    @Test
    void nothingShowsWithoutATerminalOrForASmallFile() throws IOException {
        StringWriter terminal = new StringWriter();
        byte[] small = new byte[1 << 20];

        try (InputStream in = new LoadingProgress(Optional.of(new PrintWriter(terminal)), MESSAGES)
                .counting(new ByteArrayInputStream(small), "small.csv", small.length)) {
            in.readAllBytes();
        }
        InputStream untouched = new ByteArrayInputStream(new byte[16 << 20]);

        assertThat(terminal.toString()).isEmpty();
        assertThat(new LoadingProgress(Optional.empty(), MESSAGES).counting(untouched, "big.csv", 16 << 20)).isSameAs(untouched);
    }
}
