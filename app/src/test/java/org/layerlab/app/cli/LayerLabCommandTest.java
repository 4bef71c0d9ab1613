package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LayerLabCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicInteger windowsOpened = new AtomicInteger();

    private int run(Runnable openWindow, String... args) {
        CommandLine commandLine = LayerLabCommand.commandLine(openWindow);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int run(String... args) {
        return run(windowsOpened::incrementAndGet, args);
    }

    @Test
    void helpListsTheOptionsAndExitsWithZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("layerlab", "--help", "--version");
        assertThat(err.toString()).isEmpty();
        assertThat(windowsOpened).hasValue(0);
    }

    @Test
    void versionPrintsTheProjectVersionAndExitsWithZero() {
        // Maven passes the pom's version in, so this fails if the filtered build.properties goes stale.
        String expected = System.getProperty("layerlab.expectedVersion");
        assertThat(expected).isNotBlank();

        assertThat(run("--version")).isZero();

        assertThat(out.toString().strip()).isEqualTo("LayerLab " + expected);
        assertThat(windowsOpened).hasValue(0);
    }

    @Test
    void unknownOptionIsOneLineOnStderrWithExitCodeTwo() {
        assertThat(run("--no-such-option")).isEqualTo(2);

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("layerlab: ").contains("--no-such-option", "--help");
        assertThat(windowsOpened).hasValue(0);
    }

    @Test
    void noArgumentsOpensTheWindowOnce() {
        assertThat(run()).isZero();

        assertThat(windowsOpened).hasValue(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void windowThatCannotOpenIsOneLineOnStderrWithExitCodeOne() {
        int code = run(() -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        });

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("layerlab: Unable to open DISPLAY");
    }
}
