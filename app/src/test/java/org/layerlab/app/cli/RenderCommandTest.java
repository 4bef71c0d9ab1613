package org.layerlab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.LayerRegistry;

/**
 * {@code layerlab render}: every supported real Keras fixture drawn to SVG shows each layer's name and output
 * shape, with no two texts overlapping (their boxes measured from the SVG's own positions, fonts and sizes),
 * and to PNG; and it runs with JavaFX absent from the class path.
 */
class RenderCommandTest {
    private static final Pattern TEXT = Pattern.compile("<text x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" font-family=\""
            + "([^\"]+)\" font-size=\"([0-9.]+)\" font-weight=\"(bold|normal)\"[^>]*>([^<]*)</text>");
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    @TempDir
    Path folder;

    /** The fixtures the fixtures' README says import (made of supported layers), and 18 and 23, which do too. */
    @ParameterizedTest
    @ValueSource(strings = {"01_credit-card-fraud_seq-list.json", "02_housing-ml_tfjs.json",
        "09_school-predictor_keras3_config.json", "10_chatbot-api_keras3_to-json.json", "12_dqn-cartpole_dense.json",
        "13_musk_dense-l1l2.json", "15_wifi-locator_seq-list_dense.json",
        "18_ddpg-torcs_actor_keras1-model_double-encoded.json", "23_dl4j_mlp_config_keras1_pretty.json",
        "28_maternal-health_tfjs_k215_dense-dropout.json", "32_deep_keras1_dense-dropout-activation.json"})
    void svgShowsEveryNameAndShapeWithoutOverlappingTexts(String fixture) throws IOException {
        Path file = TestFiles.kerasFixture(fixture);
        Path svg = folder.resolve("graph.svg");
        CliRun run = CliRun.of("render", file.toString(), "--out", svg.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote");

        List<SvgText> texts = texts(Files.readString(svg));
        List<String> strings = texts.stream().map(SvgText::text).toList();
        OpenedModel opened = OpenedModel.open(file, LayerRegistry.withInstalledLayers());
        try (ShapeInference inference = new ShapeInference(opened.graph())) {
            for (GraphNode node : opened.graph().nodes()) {
                assertThat(strings).as("layer name").contains(node.name());
                assertThat(strings).as("output shape of " + node.name())
                        .contains("→ " + inference.result(node.id()).outputShape());
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(texts.get(i).overlaps(texts.get(j))).as("%s and %s overlap", texts.get(i), texts.get(j))
                        .isFalse();
            }
        }
    }

    @Test
    void pngIsThePictureAtTwiceTheSvgsSize() throws IOException {
        Path file = TestFiles.kerasFixture("12_dqn-cartpole_dense.json");
        Path svg = folder.resolve("graph.svg");
        Path png = folder.resolve("graph.png");
        assertThat(CliRun.of("render", file.toString(), "--out", svg.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("render", file.toString(), "--out", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        Matcher size = Pattern.compile("width=\"([0-9.]+)\" height=\"([0-9.]+)\"").matcher(Files.readString(svg));
        assertThat(size.find()).isTrue();
        assertThat(image.getWidth()).isEqualTo(2 * (int) Double.parseDouble(size.group(1)));
        assertThat(image.getHeight()).isEqualTo(2 * (int) Double.parseDouble(size.group(2)));
        assertThat(countPixels(image, 0x0877bd)).as("the blue of output ports and shapes").isGreaterThan(100);
    }

    @Test
    void anOutputThatIsNeitherSvgNorPngIsRefusedInOneLine() {
        CliRun run = CliRun.of("render", TestFiles.kerasFixture("12_dqn-cartpole_dense.json").toString(), "--out",
                folder.resolve("graph.gif").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("graph.gif").contains(".svg or .png");
    }

    @Test
    void runsWithJavaFxAbsentFromTheClassPath() throws Exception {
        String withoutJavaFx = String.join(java.io.File.pathSeparator, Arrays.stream(
                System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("javafx") && !entry.contains("openjfx") && !entry.contains("testfx"))
                .toList());
        assertThat(withoutJavaFx).doesNotContain("javafx");
        Path svg = folder.resolve("headless.svg");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", withoutJavaFx, "org.layerlab.app.Main", "render",
                TestFiles.kerasFixture("12_dqn-cartpole_dense.json").toString(), "--out", svg.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("log.txt").toFile()).start();
        assertThat(process.waitFor(Duration.ofMinutes(1).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
                .isTrue();
        assertThat(process.exitValue()).as(Files.readString(folder.resolve("log.txt"))).isZero();
        assertThat(Files.readString(svg)).contains("dense_1");
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    private static List<SvgText> texts(String svg) {
        List<SvgText> texts = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            String family = m.group(3).split(",")[0].trim();
            int style = m.group(5).equals("bold") ? Font.BOLD : Font.PLAIN;
            Font font = new Font(family, style, 1).deriveFont(Float.parseFloat(m.group(4)));
            String text = m.group(6).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            var bounds = font.getStringBounds(text, CONTEXT);
            var metrics = font.getLineMetrics(text, CONTEXT);
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            texts.add(new SvgText(text, x, y - metrics.getAscent(), x + bounds.getWidth(), y + metrics.getDescent()));
        }
        assertThat(texts).isNotEmpty();
        return texts;
    }

    private record SvgText(String text, double left, double top, double right, double bottom) {
        boolean overlaps(SvgText o) {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }
    }

}
