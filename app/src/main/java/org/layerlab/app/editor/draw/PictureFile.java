package org.layerlab.app.editor.draw;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/** A picture of a model written to an SVG or PNG file, chosen by the file's extension. */
public enum PictureFile {
    SVG(".svg"),
    PNG(".png");

    /** Pixels per canvas unit in a PNG: sharp on a high-density screen and in print. */
    private static final double PNG_SCALE = 2;
    private final String extension;

    PictureFile(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The kind a file name asks for, by its extension, or empty when it is neither. */
    public static Optional<PictureFile> forName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (PictureFile kind : values()) {
            if (lower.endsWith(kind.extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Writes the picture; the file appears whole or not at all. */
    public void write(ModelPicture picture, Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(folder, ".layerlab-picture", extension);
        try {
            if (this == SVG) {
                Files.writeString(partial, SvgDrawing.of(picture), StandardCharsets.UTF_8);
            } else if (!ImageIO.write(Java2dDrawing.of(picture, PNG_SCALE), "png", partial.toFile())) {
                throw new IOException("no PNG writer");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
