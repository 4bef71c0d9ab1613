package org.layerlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.data.BundledDataset;
import org.layerlab.core.data.BundledDatasets;
import org.layerlab.core.data.EncodedData;
import org.layerlab.core.data.ModelOutput;
import org.layerlab.core.data.ResourceOpener;
import org.layerlab.core.data.SyntheticSet;
import org.layerlab.core.data.TableEncoder;
import org.layerlab.core.data.TableOptions;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * What {@code train --data} names: a CSV file (ending in {@code .csv}), a bundled table ({@code iris}) or a
 * generated set ({@code xor}), encoded but not yet split or standardised.
 */
final class TrainingData {
    /** Rows of a generated set: as many as the TensorFlow Playground shows. */
    static final int SYNTHETIC_ROWS = 500;
    static final String CLASS = "class";
    static final String VALUE = "value";

    private final CommandLine command;
    private final Messages messages;
    private final ResourceOpener opener;

    /** @param command the command whose usage an unknown name breaks */
    TrainingData(CommandLine command, Messages messages, ResourceOpener opener) {
        this.command = command;
        this.messages = messages;
        this.opener = opener;
    }

    /**
     * @param targetColumn the CSV column to predict, or {@code null} for the last one
     * @param targetKind {@code class} or {@code value} to read a CSV target so, or {@code null} to read it as
     *     the model's output means it
     * @param output the model's output and the loss chosen, which decide a numeric CSV target's kind
     * @param seed draws a generated set's rows
     * @throws IOException when the CSV file cannot be read
     * @throws ParameterException for an unknown name, or a target column or kind given for a named set
     */
    EncodedData load(String data, String targetColumn, String targetKind, ModelOutput output, long seed) throws IOException {
        if (data.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            TableOptions options = TableOptions.defaults().withTarget(targetColumn).withTargetMode(mode(targetKind))
                    .withOutput(output);
            Optional<PrintWriter> terminal = System.console() == null ? Optional.empty() : Optional.of(command.getErr());
            return TableEncoder.encode(CsvFile.readColumns(Path.of(data), new LoadingProgress(terminal, messages)), options);
        }
        if (targetColumn != null || targetKind != null) {
            throw new ParameterException(command, messages.text("train.targetNeedsCsv", data));
        }
        for (BundledDataset d : BundledDatasets.all()) {
            if (d.id().equals(data)) {
                return BundledDatasets.load(d, opener);
            }
        }
        for (SyntheticSet s : SyntheticSet.values()) {
            if (s.id().equals(data)) {
                return EncodedData.of(s.generate(SYNTHETIC_ROWS, 0, seed));
            }
        }
        throw new ParameterException(command, messages.text("train.unknownData", data, names()));
    }

    private TableOptions.TargetMode mode(String targetKind) {
        if (targetKind == null) {
            return TableOptions.TargetMode.AUTO;
        }
        return switch (targetKind) {
            case CLASS -> TableOptions.TargetMode.CLASSIFICATION;
            case VALUE -> TableOptions.TargetMode.REGRESSION;
            default -> throw new ParameterException(command, messages.text("train.unknownTargetKind", targetKind));
        };
    }

    static String names() {
        return ids().collect(Collectors.joining(", "));
    }

    private static Stream<String> ids() {
        return Stream.concat(BundledDatasets.all().stream().map(BundledDataset::id),
                Arrays.stream(SyntheticSet.values()).map(SyntheticSet::id));
    }

    /** The bundled and generated sets' names, which the help lists as {@code ${COMPLETION-CANDIDATES}}. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ids().iterator();
        }
    }
}
