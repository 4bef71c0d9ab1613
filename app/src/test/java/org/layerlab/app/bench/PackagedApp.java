package org.layerlab.app.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The app as {@code package} leaves it in {@code app/target}, which the benchmarks start as the launcher does. */
final class PackagedApp {
    private PackagedApp() {
    }

    /**
     * {@code layerlab-app.jar} and the libraries in {@code classpath.txt}, as one class path.
     *
     * @param benchmark the benchmark's class name, for the command that packages the app
     */
    static String classPath(String benchmark) throws IOException {
        Path target = Path.of(System.getProperty("layerlab.target", "app/target"));
        Path jar = target.resolve("layerlab-app.jar");
        Path classPathFile = target.resolve("classpath.txt");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(classPathFile)) {
            throw new IllegalStateException("no packaged app in " + target.toAbsolutePath()
                    + "; run: mvn -o -q -pl app -am -Pbench -DskipTests package -Dbench=" + benchmark);
        }
        return jar + File.pathSeparator + Files.readString(classPathFile).strip();
    }

    /** The java that runs the benchmark, to start the app with. */
    static String java() {
        return ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs this benchmark"));
    }
}
