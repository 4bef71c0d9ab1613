package org.layerlab.app.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the user chose and LayerLab remembers: the language, the theme, the recent files. A small
 * properties file, read once and written whole (atomically) on each change; a file that cannot be read
 * counts as empty, so a damaged settings file never stops the app from starting.
 */
public final class Settings {
    public static final int RECENT_FILES = 8;
    /** A language tag such as {@code zh-CN}. */
    public static final String LANGUAGE = "language";
    /** {@code light} or {@code dark}. */
    public static final String THEME = "theme";
    private static final String FILE = "settings.properties";
    private static final String RECENT = "recent.";

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings in {@code folder}, empty when there are none yet. */
    public static Settings in(Path folder) {
        Settings settings = new Settings(folder.resolve(FILE));
        if (Files.isRegularFile(settings.file)) {
            try (Reader in = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                settings.values.clear();
            }
        }
        return settings;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public void set(String key, String value) {
        values.setProperty(key, value);
        write();
    }

    /** The files opened or saved last, newest first, without those that no longer exist. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RECENT_FILES; i++) {
            String value = values.getProperty(RECENT + i);
            if (value != null && Files.exists(Path.of(value))) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    /** Puts the file first in the recent files, once. */
    public void addRecentFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < RECENT_FILES; i++) {
            if (i < files.size()) {
                values.setProperty(RECENT + i, files.get(i).toString());
            } else {
                values.remove(RECENT + i);
            }
        }
        write();
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), ".settings", ".tmp");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                values.store(out, "LayerLab settings");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
