package org.layerlab.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Takes {@code config.json} out of a Keras 3 {@code .keras} archive and nothing else (the weights in
 * {@code model.weights.h5} are not read). Entry names are only compared, never used as paths; the
 * declared size of {@code config.json} is held to the document limit and the bytes actually inflated to
 * the declared size, so a zip bomb stops at once, whether or not it lies about its size.
 */
final class KerasArchive {
    static final String CONFIG = "config.json";
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private KerasArchive() {
    }

    static boolean looksLikeZip(byte[] head) {
        if (head.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (head[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** Parses the archive's {@code config.json} as it inflates, never past its declared size or the limit. */
    static JsonNode configJson(String file, Path archive, BoundedJson json) throws ModelFormatException {
        ReadLimits limits = json.limits();
        try {
            long size = Files.size(archive);
            if (size > limits.maxArchiveBytes()) {
                throw new LimitExceededException(file, null, null, "the archive has " + MessageText.count(size)
                        + " bytes, more than the limit of " + MessageText.count(limits.maxArchiveBytes()));
            }
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                if (zip.size() > limits.maxArchiveEntries()) {
                    throw new LimitExceededException(file, null, null, "the archive lists "
                            + MessageText.count(zip.size()) + " entries, more than the limit of "
                            + MessageText.count(limits.maxArchiveEntries()));
                }
                ZipEntry entry = zip.getEntry(CONFIG);
                if (entry == null || entry.isDirectory()) {
                    throw new UnsupportedFormatException(file, "the archive has no config.json; it is not a .keras"
                            + " model");
                }
                if (entry.getSize() > limits.maxDocumentBytes()) {
                    throw new LimitExceededException(file, null, CONFIG, "config.json unpacks to "
                            + MessageText.count(entry.getSize()) + " bytes, more than the limit of "
                            + MessageText.count(limits.maxDocumentBytes()));
                }
                long cap = entry.getSize() < 0 ? limits.maxDocumentBytes() : entry.getSize();
                try (InputStream in = new Bounded(file, zip.getInputStream(entry), cap)) {
                    return json.parse(file, in);
                }
            }
        } catch (ZipException e) {
            throw new InvalidArchiveException(file, "not a readable .keras (zip) archive: " + e.getMessage(), e);
        } catch (ModelFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new InvalidArchiveException(file, "cannot read the archive: " + e.getMessage(), e);
        }
    }

    /** Fails once more bytes come out than the entry declared (a zip bomb lying about its size). */
    private static final class Bounded extends FilterInputStream {
        private final String file;
        private final long max;
        private long count;

        Bounded(String file, InputStream in, long max) {
            super(in);
            this.file = file;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws LimitExceededException {
            count += n;
            if (count > max) {
                throw new LimitExceededException(file, null, CONFIG, "config.json unpacks to more than the "
                        + MessageText.count(max) + " bytes it declares");
            }
        }
    }
}
