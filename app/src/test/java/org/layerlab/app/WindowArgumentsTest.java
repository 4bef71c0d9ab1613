package org.layerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowArgumentsTest {
    @Test
    void openAndABareFileStartTheWindowWithThatFile() {
        assertThat(WindowArguments.fileToOpen(new String[] {"open", "model.json"})).contains("model.json");
        assertThat(WindowArguments.fileToOpen(new String[] {"iris.llab"})).contains("iris.llab");
    }

    @Test
    void subcommandsOptionsAndNothingAreLeftToTheCommandLine() {
        assertThat(WindowArguments.fileToOpen(new String[] {})).isEmpty();
        assertThat(WindowArguments.fileToOpen(new String[] {"--help"})).isEmpty();
        assertThat(WindowArguments.fileToOpen(new String[] {"validate"})).isEmpty();
        assertThat(WindowArguments.fileToOpen(new String[] {"summary", "model.json"})).isEmpty();
        assertThat(WindowArguments.fileToOpen(new String[] {"open"})).isEmpty();
    }
}
