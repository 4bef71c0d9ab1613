package org.layerlab.core.io;

/**
 * The limits every model file is read within, so that a hostile file is refused quickly and without
 * running out of memory.
 *
 * @param maxDocumentBytes largest JSON document (a {@code model.json}, or the {@code config.json} in an archive)
 * @param maxNestingDepth deepest nesting of JSON arrays and objects
 * @param maxStringLength longest JSON string, in characters
 * @param maxNumberLength longest JSON number literal, in characters
 * @param maxNameLength longest JSON object key, in characters
 * @param maxTokenCount most JSON tokens in one document (bounds the size of the parsed tree)
 * @param maxParameters most weight values a model file may declare (Keras's parameter count): a sanity bound
 *     far above what can be trained, since reading builds weight shapes only; training has its own, lower
 *     budget ({@link ParameterBudget#forTraining()})
 * @param maxArchiveEntries most entries a {@code .keras} archive may list
 * @param maxArchiveBytes largest {@code .keras} archive (it also holds the weights)
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
        int maxNameLength, long maxTokenCount, long maxParameters, int maxArchiveEntries, long maxArchiveBytes) {

    /** Five billion: a file declaring more is refused as absurd; reading allocates no weight values. */
    public static final long DEFAULT_MAX_PARAMETERS = 5_000_000_000L;

    public ReadLimits {
        if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0
                || maxNameLength <= 0 || maxTokenCount <= 0 || maxParameters <= 0 || maxArchiveEntries <= 0
                || maxArchiveBytes <= 0) {
            throw new IllegalArgumentException("every read limit must be positive");
        }
    }

    /** 64 MB documents, nesting 200, 1 MB strings, five billion parameters. */
    public static ReadLimits defaults() {
        return new ReadLimits(64L << 20, 200, 1 << 20, 100, 1_000, 2_000_000L, DEFAULT_MAX_PARAMETERS, 10_000,
                2L << 30);
    }

    public ReadLimits withMaxParameters(long max) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxTokenCount, max, maxArchiveEntries, maxArchiveBytes);
    }

    public ReadLimits withMaxStringLength(int max) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, max, maxNumberLength, maxNameLength,
                maxTokenCount, maxParameters, maxArchiveEntries, maxArchiveBytes);
    }

    public ReadLimits withMaxDocumentBytes(long max) {
        return new ReadLimits(max, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxTokenCount, maxParameters, maxArchiveEntries, maxArchiveBytes);
    }
}
