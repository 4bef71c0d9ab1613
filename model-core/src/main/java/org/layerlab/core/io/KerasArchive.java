package org.layerlab.core.io;

import java.io.ByteArrayOutputStream;
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
 * declared and the actual size of {@code config.json} are both held to the document limit, so a zip
 * bomb stops after at most that many bytes.
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

    static byte[] configJson(String file, Path archive, ReadLimits limits) throws ModelFormatException {
        try {
            if (Files.size(archive) > limits.maxArchiveBytes()) {
                throw new LimitExceededException(file, null, null, "the archive has " + MessageText.count(
                        Files.size(archive)) + " bytes, more than the limit of "
                        + MessageText.count(limits.maxArchiveBytes()));
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
                try (InputStream in = zip.getInputStream(entry)) {
                    return bounded(file, in, limits.maxDocumentBytes());
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

    /** Reads at most {@code max} bytes, whatever the entry claims. */
    private static byte[] bounded(String file, InputStream in, long max) throws IOException, LimitExceededException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) > 0) {
            total += n;
            if (total > max) {
                throw new LimitExceededException(file, null, CONFIG, "config.json unpacks to more than "
                        + MessageText.count(max) + " bytes");
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }
}
