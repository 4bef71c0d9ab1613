package org.layerlab.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EditLabelTest {

    private static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = EditLabel.class.getResourceAsStream("EditLabels" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLabelIsTranslatedIntoChinese() throws Exception {
        Properties english = bundle("");
        Properties chinese = bundle("_zh_CN");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(chinese.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
        }
    }

    @Test
    void aLocaleWithoutTranslationGetsEnglishAndCountsAreFormattedForIt() {
        EditLabel delete = EditLabel.forNodes("delete", List.of("a", "b", "c"));

        assertThat(delete.text(Locale.GERMAN)).isEqualTo("Delete 3 layers");
        assertThat(delete.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("删除 3 个层");
    }

    @Test
    void anUnknownKeyIsAProgrammingErrorNamedAsSuch() {
        assertThatThrownBy(() -> EditLabel.of("no.such.edit").text(Locale.ENGLISH))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no.such.edit");
    }
}
