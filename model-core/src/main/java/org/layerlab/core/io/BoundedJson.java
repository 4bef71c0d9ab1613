package org.layerlab.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Parses JSON within {@link ReadLimits}: the limits are set on one {@link JsonFactory} through
 * {@link StreamReadConstraints}, duplicate keys and trailing content are errors, and every parser
 * failure becomes a {@link ModelFormatException} naming the file.
 */
final class BoundedJson {
    private final ObjectMapper mapper;
    private final ReadLimits limits;

    BoundedJson(ReadLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxNameLength())
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxTokenCount(limits.maxTokenCount())
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    ReadLimits limits() {
        return limits;
    }

    JsonNode parse(String file, byte[] json) throws ModelFormatException {
        if (json.length > limits.maxDocumentBytes()) {
            throw tooLarge(file, json.length);
        }
        try {
            return checkPresent(file, mapper.readTree(json));
        } catch (IOException e) {
            throw translate(file, e);
        }
    }

    JsonNode parse(String file, String json) throws ModelFormatException {
        try {
            return checkPresent(file, mapper.readTree(json));
        } catch (IOException e) {
            throw translate(file, e);
        }
    }

    /** Parses a stream; the document-length constraint stops a stream that goes on too long. */
    JsonNode parse(String file, InputStream json) throws ModelFormatException {
        try {
            return checkPresent(file, mapper.readTree(json));
        } catch (IOException e) {
            throw translate(file, e);
        }
    }

    LimitExceededException tooLarge(String file, long bytes) {
        return new LimitExceededException(file, null, null, "the document has " + MessageText.count(bytes)
                + " bytes, more than the limit of " + MessageText.count(limits.maxDocumentBytes()));
    }

    private static JsonNode checkPresent(String file, JsonNode node) throws InvalidJsonException {
        if (node == null || node.isMissingNode()) {
            throw new InvalidJsonException(file, "the file is empty", null);
        }
        return node;
    }

    private static ModelFormatException translate(String file, IOException e) {
        if (e instanceof ModelFormatException m) {
            return m;
        }
        if (e instanceof StreamConstraintsException) {
            return new LimitExceededException(file, firstLine(e), e);
        }
        if (e instanceof JsonProcessingException j) {
            String where = j.getLocation() == null ? "" : " (line " + j.getLocation().getLineNr() + ", column "
                    + j.getLocation().getColumnNr() + ")";
            return new InvalidJsonException(file, "not valid JSON: " + firstLine(j.getOriginalMessage()) + where, e);
        }
        return new InvalidJsonException(file, "cannot be read: " + firstLine(e), e);
    }

    private static String firstLine(Exception e) {
        return e instanceof JsonProcessingException j ? firstLine(j.getOriginalMessage()) : firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return MessageText.shorten(plain(nl < 0 ? message : message.substring(0, nl)), 200);
    }

    /**
     * Jackson's words without its internals: the constraint's Java method, the redacted source. "String value
     * length (20000001) exceeds the maximum allowed (1048576, from `StreamReadConstraints...`)" becomes
     * "String value length (20000001) exceeds the limit (1048576)".
     */
    static String plain(String message) {
        return message.replaceAll(",?\\s*from `[^`]*`", "")
                .replaceAll("\\s*\\(?Source: REDACTED[^)]*\\)?\\)?", "")
                .replaceAll("\\s*\\(`[^`]*` disabled\\)", "")
                .replace("the maximum allowed", "the limit");
    }
}
