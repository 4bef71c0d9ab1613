package org.layerlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project as large as the parameter budget allows is written and read back, in a JVM with the heap it needs. */
class BudgetSizeProjectTest {
    @TempDir
    Path dir;

    @Test
    void aProjectAtTheParameterBudgetIsWrittenAndReadBack() throws Exception {
        assertThat(BudgetSizeProject.PARAMETERS).isLessThanOrEqualTo(ParameterBudget.forTraining().maxParameters())
                .isGreaterThan(ParameterBudget.forTraining().maxParameters() * 98 / 100);
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), BudgetSizeProject.class.getName(),
                dir.resolve("budget.llab").toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String report = Files.readString(out);
        System.out.print(report);
        assertThat(process.exitValue()).as(report).isZero();
        assertThat(report).contains("the same weights");
    }
}
