package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The {@code .llab} layout: its name and version, and how an older layout becomes the current one.
 * <ul>
 *   <li>Format 1 kept canvas positions as {@code [x, y]} pairs and had no training settings or preprocessing.</li>
 *   <li>Format 2 keeps positions as {@code {"x": .., "y": ..}} and adds {@code training} and {@code preprocessing}.</li>
 *   <li>Format 3 is a zip archive: {@code project.json} (format 2's document, each weight with the byte
 *       {@code offset} of its values instead of base64 {@code data}, and {@code epochs_trained}), then
 *       {@code weights.bin} with the float32 values. Base64 inside JSON made a model at the parameter budget a 270 MB string.</li>
 * </ul>
 */
final class ProjectFormat {
    static final String NAME = "layerlab-project";
    static final int CURRENT_VERSION = 3;
    static final String EXTENSION = ".llab";
    static final String PROJECT_ENTRY = "project.json";
    static final String WEIGHTS_ENTRY = "weights.bin";
    /** Format 3: the whole epochs the last run trained of those its settings asked for. */
    static final String EPOCHS_TRAINED = "epochs_trained";
    /** The versions whose weights are base64 text inside the one JSON document. */
    static final int LAST_JSON_VERSION = 2;
    /** Room for a project's model, settings and positions besides its weights. */
    private static final long DOCUMENT_ROOM = 64L << 20;

    /**
     * The limits a format 1 or 2 project is parsed within: one weight may hold the whole parameter budget
     * as base64 (4 bytes give 4 characters per 3 bytes), and the document that and the model besides.
     */
    static ReadLimits jsonProjectLimits(ReadLimits modelLimits) {
        long base64 = Math.multiplyExact(Math.ceilDiv(Math.multiplyExact(maxWeightValues(modelLimits), (long) Float.BYTES), 3L), 4L);
        return modelLimits.withMaxStringLength((int) Math.min(Integer.MAX_VALUE - 16, Math.max(base64, modelLimits.maxStringLength())))
                .withMaxDocumentBytes(Math.addExact(base64, DOCUMENT_ROOM));
    }

    /**
     * The most weight values a project may hold. A model file is read up to a far higher sanity bound
     * because reading it allocates no values; a project's weights are values, and only a model within
     * the training budget can have been trained to have them.
     */
    static long maxWeightValues(ReadLimits modelLimits) {
        return Math.min(modelLimits.maxParameters(), ParameterBudget.forTraining().maxParameters());
    }

    private ProjectFormat() {
    }

    /** Brings a project of {@code version} up to {@link #CURRENT_VERSION}, one step at a time. */
    static ObjectNode migrate(Where where, ObjectNode root, int version) throws ModelFormatException {
        ObjectNode current = root.deepCopy();
        if (version < 2) {
            fromVersion1(where, current);
        }
        current.put("format_version", CURRENT_VERSION);
        return current;
    }

    private static void fromVersion1(Where where, ObjectNode root) throws ModelFormatException {
        JsonNode pairs = root.get("positions");
        if (pairs == null || pairs.isNull()) {
            return;
        }
        if (!pairs.isObject()) {
            throw where.invalid("positions", "must be an object, got " + JsonValues.kind(pairs));
        }
        ObjectNode positions = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : pairs.properties()) {
            JsonNode pair = e.getValue();
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()) {
                throw where.layer(e.getKey()).invalid("positions", "must be a pair [x, y] in format 1, got "
                        + JsonValues.kind(pair));
            }
            positions.putObject(e.getKey()).put("x", pair.get(0).doubleValue()).put("y", pair.get(1).doubleValue());
        }
        root.set("positions", positions);
    }
}
