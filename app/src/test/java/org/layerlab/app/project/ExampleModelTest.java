package org.layerlab.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.Severity;
import org.layerlab.core.graph.ShapeInference;
import org.layerlab.core.layer.LayerRegistry;

/** Every model of the Examples menu is shipped, opens without a problem and has a title in both languages. */
class ExampleModelTest {

    @ParameterizedTest
    @EnumSource(ExampleModel.class)
    void opensAsAValidModelWithATitle(ExampleModel example) throws IOException {
        Path copy = example.copyToTemporaryFile();
        try {
            OpenedProject opened = new ProjectFiles(LayerRegistry.withInstalledLayers()).open(copy);
            assertThat(opened.graph().size()).isGreaterThanOrEqualTo(3);
            try (ShapeInference inference = new ShapeInference(opened.graph())) {
                for (GraphNode node : opened.graph().nodes()) {
                    assertThat(inference.result(node.id()).diagnostics())
                            .as("%s in %s", node.name(), example.fileName())
                            .noneMatch(d -> d.severity() == Severity.ERROR);
                    assertThat(inference.result(node.id()).hasOutput()).isTrue();
                }
            }
        } finally {
            Files.deleteIfExists(copy);
        }
        for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE}) {
            assertThat(Messages.load(Messages.UI_BUNDLE, locale).text(example.textKey())).isNotBlank()
                    .doesNotStartWith("example.");
        }
    }
}
