package org.layerlab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigExceptionTest {

    @Test
    void theDetailLeavesTheFieldNameToTheCaller() {
        assertThat(new ConfigException("epochs", "training settings: field \"epochs\" must be at least 1, got 0").detail())
                .isEqualTo("must be at least 1, got 0");
        assertThat(new ConfigException("rate", "field \"rate\": must be below 1").detail()).isEqualTo("must be below 1");
    }

    @Test
    void aMessageThatDoesNotNameItsFieldIsKeptWhole() {
        assertThat(new ConfigException("units", "units must be positive").detail()).isEqualTo("units must be positive");
        assertThat(new ConfigException(null, "the config is empty").detail()).isEqualTo("the config is empty");
    }
}
