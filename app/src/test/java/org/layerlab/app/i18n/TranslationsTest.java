package org.layerlab.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text has a Simplified Chinese translation that takes the same arguments. */
class TranslationsTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli"})
    void chineseHasExactlyTheKeysOfTheDefault(String bundle) throws IOException {
        Properties base = load(bundle + ".properties");
        Properties chinese = load(bundle + "_zh_CN.properties");

        assertThat(base).isNotEmpty();
        assertThat(chinese.stringPropertyNames()).as("keys of %s_zh_CN.properties", bundle)
                .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli"})
    void chineseTextsUseTheSameArguments(String bundle) throws IOException {
        Properties base = load(bundle + ".properties");
        Properties chinese = load(bundle + "_zh_CN.properties");

        for (String key : base.stringPropertyNames()) {
            String translated = chinese.getProperty(key);
            if (translated != null) {
                assertThat(arguments(translated)).as("arguments of %s in %s_zh_CN", key, bundle)
                        .isEqualTo(arguments(base.getProperty(key)));
            }
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(file)) {
            assertThat(in).as("org/layerlab/app/i18n/%s on the class path", file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
