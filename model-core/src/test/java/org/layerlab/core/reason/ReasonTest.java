package org.layerlab.core.reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Reasons bundle: every reason in English and Chinese, each formatting with its arguments. */
class ReasonTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** Keras's words, which a translation keeps as they are. */
    private static final Pattern KERAS_TERM = Pattern.compile("\\b(?:max_ndim|min_ndim|ndim|dtype|shape)=|InputLayer");

    private static Properties bundle(String suffix) {
        Properties p = new Properties();
        try (InputStream in = Reason.class.getResourceAsStream("Reasons" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Set<String> found(Pattern what, String pattern) {
        Set<String> found = new TreeSet<>();
        what.matcher(pattern).results().forEach(r -> found.add(r.group()));
        return found;
    }

    @Test
    void everyReasonHasAChineseTextWithTheSameArgumentsAndKerasTerms() {
        Properties english = bundle("");
        Properties chinese = bundle("_zh_CN");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            assertThat(zh).as(key).isNotEqualTo(en).containsPattern("\\p{IsHan}");
            assertThat(found(PLACEHOLDER, zh)).as("arguments of " + key).isEqualTo(found(PLACEHOLDER, en));
            assertThat(found(KERAS_TERM, zh)).as("Keras terms of " + key).isEqualTo(found(KERAS_TERM, en));
        }
    }

    @Test
    void everyTemplateFormatsWithItsArgumentsInBothLanguages() {
        for (String key : bundle("").stringPropertyNames()) {
            int count = found(PLACEHOLDER, bundle("").getProperty(key)).size();
            Object[] args = IntStream.range(0, count).mapToObj(i -> "‹arg" + i + "›").toArray();
            for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
                String text = Reason.of(key, args).text(locale);
                assertThat(text).as(key + " in " + locale).doesNotContain("{", "}", "'")
                        .contains(Stream.of(args).map(String::valueOf).toList());
            }
        }
    }

    @Test
    void everyKeyTheEngineUsesIsInTheBundleAndEveryKeyThereIsUsed() throws IOException {
        // Reason.of("key", ...), and ParamSpec's problem("key", ...), which puts the parameter's name first.
        Pattern use = Pattern.compile("(?:Reason\\.of|problem)\\(\\s*\"([\\w.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                use.matcher(Files.readString(f)).results().forEach(r -> used.add(r.group(1)));
            }
        }

        assertThat(used).as("keys used by the engine").isNotEmpty();
        assertThat(new TreeSet<>(bundle("").stringPropertyNames())).isEqualTo(used);
    }

    @Test
    void argumentsReadAsKerasPrintsThemInEveryLanguage() {
        Reason reason = Reason.of("input.count", "add", 2, 1, List.of("(None, 1000)"));

        assertThat(reason.english()).isEqualTo(
                "Layer \"add\" expects 2 input(s), but it received 1 input tensors. Inputs received: [(None, 1000)]");
        assertThat(reason.text(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("层 \"add\" 需要 2 个输入，但收到了 1 个输入张量。收到的输入：[(None, 1000)]");
        assertThat(reason.text(Locale.GERMAN)).as("a language without texts").isEqualTo(reason.english());
    }

    @Test
    void aReasonInsideAReasonIsSaidInTheSameLanguage() {
        Reason range = Reason.of("param.range", "rate", "[0, 1)", "1.2");
        Reason layer = Reason.of("layer.says", "dropout", "Dropout", range);

        assertThat(layer.english()).isEqualTo("layer \"dropout\" (Dropout): rate must be in [0, 1), got 1.2");
        assertThat(layer.text(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("层 \"dropout\"（Dropout）：rate 必须在 [0, 1) 范围内，实际为 1.2");
    }

    @Test
    void aLayersOwnWordsReadTheSameInEveryLanguage() {
        Reason own = Reason.untranslated("units must be in [1, inf), got 0");

        assertThat(own.translated()).isFalse();
        assertThat(own.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("units must be in [1, inf), got 0");
    }

    @Test
    void anUnknownKeyIsAProgrammingErrorNamedAsSuch() {
        assertThatThrownBy(() -> Reason.of("no.such.reason").text(Locale.ROOT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no.such.reason");
    }
}
