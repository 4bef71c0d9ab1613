package org.layerlab.core.io;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a layer plugin's jar in the test run, as its author's build would: compiles the plugin's sources
 * (in {@code src/test/plugin/<name>/java}) against model-core with the JDK's compiler and packs the
 * classes with the plugin's resources (texts, class sources, {@code META-INF/services}) into a jar.
 */
final class PluginJar {
    private PluginJar() {
    }

    /** The plugin's jar, built in {@code work}. */
    static Path build(String plugin, Path work) throws IOException {
        Path root = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/plugin").resolve(plugin);
        Path classes = Files.createDirectories(work.resolve(plugin + "-classes"));
        List<String> options = List.of("--release", "21", "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"));
        List<String> sources;
        try (Stream<Path> files = Files.walk(root.resolve("java"))) {
            sources = files.map(Path::toString).filter(p -> p.endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = javac.getTask(errors, null, null, options, null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjectsFromStrings(sources)).call();
        if (!compiled) {
            throw new AssertionError("the plugin " + plugin + " does not compile:\n" + errors);
        }
        Path jar = work.resolve(plugin + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, classes);
            add(out, root.resolve("resources"));
        }
        return jar;
    }

    /** A class loader for the jar whose parent is the test's, so the plugin sees model-core as an application does. */
    static URLClassLoader loader(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, PluginJar.class.getClassLoader());
    }

    private static void add(JarOutputStream out, Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(folder.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
    }
}
