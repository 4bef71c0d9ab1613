package org.layerlab.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.graph.Diagnostic;
import org.layerlab.core.graph.GraphNode;
import org.layerlab.core.graph.ModelGraph;
import org.layerlab.core.graph.NodeId;
import org.layerlab.core.graph.NodeResult;
import org.layerlab.core.graph.ParamCounts;
import org.layerlab.core.graph.Severity;
import org.layerlab.core.graph.ShapeInference;

/**
 * What {@code layerlab validate} reports: the exit code, every layer with its class, output shape and
 * parameter count (empty where an error hides them), the totals and the diagnostics, as text for people or
 * as JSON. A file that cannot be read is a report too, with no layers and its problem as the diagnostic.
 *
 * @param totalParams {@code null} when the file could not be read
 */
record ValidationReport(int exitCode, boolean valid, List<LayerRow> layers, Long totalParams, Long trainableParams,
        List<DiagnosticRow> diagnostics) {

    /** @param outputShape with {@code null} for unknown dimensions; {@code null} when unknown */
    record LayerRow(String name, String className, List<Long> outputShape, Long params) {
    }

    /**
     * @param severity {@code error}, {@code warning} or {@code info}
     * @param layer the layer at fault, or {@code null} when the whole file is
     * @param field the config field at fault, or {@code null}
     */
    record DiagnosticRow(String severity, String layer, String field, String message) {
    }

    /** The report on a file that could not be read or was refused: its errors, no layers. */
    static ValidationReport failure(int exitCode, List<DiagnosticRow> errors) {
        return new ValidationReport(exitCode, false, List.of(), null, null, errors);
    }

    static ValidationReport of(ModelGraph graph, ShapeInference inference) {
        List<LayerRow> layers = new ArrayList<>();
        List<DiagnosticRow> diagnostics = new ArrayList<>();
        for (NodeId id : graph.topologicalOrder()) {
            GraphNode node = graph.node(id);
            NodeResult result = inference.result(id);
            layers.add(new LayerRow(node.name(), node.className(),
                    result.hasOutput() ? result.outputShape().toList() : null,
                    result.hasOutput() ? result.paramCount() : null));
            for (Diagnostic d : result.diagnostics()) {
                diagnostics.add(new DiagnosticRow(d.severity().name().toLowerCase(Locale.ROOT), node.name(), d.field(),
                        d.message()));
            }
        }
        ParamCounts totals = inference.totals();
        boolean valid = diagnostics.stream().noneMatch(d -> d.severity().equals("error"));
        return new ValidationReport(valid ? ExitCodes.OK : ExitCodes.FAILED, valid, layers, totals.total(),
                totals.trainable(), diagnostics);
    }

    /** The same report with one more diagnostic. */
    ValidationReport with(DiagnosticRow row) {
        List<DiagnosticRow> rows = new ArrayList<>(diagnostics);
        rows.add(row);
        return new ValidationReport(exitCode, valid, layers, totalParams, trainableParams, List.copyOf(rows));
    }

    boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * One line of JSON: {@code {"exit_code":..,"valid":..,"layers":[...],"total_params":..,"trainable_params":..,
     * "diagnostics":[{"severity":..,"layer":..,"field":..,"message":..}]}}.
     */
    String toJson() {
        try {
            return JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build()
                    .writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the validation report could not be written as JSON", e);
        }
    }

    /** A table of the layers, the totals, then one line per diagnostic and a verdict. */
    String toText(Messages messages) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {messages.text("validate.column.layer"), messages.text("validate.column.class"),
                messages.text("validate.column.shape"), messages.text("validate.column.params")});
        for (LayerRow l : layers) {
            rows.add(new String[] {l.name(), l.className(), l.outputShape() == null ? "?" : shapeText(l.outputShape()),
                    l.params() == null ? "?" : Long.toString(l.params())});
        }
        StringBuilder out = new StringBuilder();
        TextTable.append(out, rows);
        out.append(messages.text("validate.totals", grouped(totalParams), grouped(trainableParams))).append('\n');
        for (DiagnosticRow d : diagnostics) {
            out.append(messages.text("validate.diagnostic", messages.text("severity." + d.severity()), d.layer(),
                    d.message())).append('\n');
        }
        out.append(hasErrors()
                ? messages.text("validate.invalid", Long.toString(count(Severity.ERROR)), Long.toString(count(Severity.WARNING)))
                : messages.text("validate.valid", Long.toString(count(Severity.WARNING)))).append('\n');
        return out.toString();
    }

    private long count(Severity severity) {
        String name = severity.name().toLowerCase(Locale.ROOT);
        return diagnostics.stream().filter(d -> d.severity().equals(name)).count();
    }

    /** Keras's way of printing a shape: {@code (None, 64)}. */
    private static String shapeText(List<Long> dims) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(dims.get(i) == null ? "None" : dims.get(i).toString());
        }
        return sb.append(dims.size() == 1 ? ",)" : ")").toString();
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
