package dev.aivoice.camel.karaf;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Jars on this module's test classpath: the packaged component bundle and the jars it depends on. */
final class ComponentJar {

    static final String COMPONENT_JAR = "camel-aivoice-component-";

    private ComponentJar() {
    }

    static List<Path> classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    /** The component's packaged jar: the build must have run the package phase (mvn verify). */
    static Path componentJar() {
        Path jar = byFileName(COMPONENT_JAR).orElse(null);
        assertThat(jar).as("camel-aivoice-component's packaged jar on the classpath (run through mvn verify, not mvn"
                           + " test, so that the reactor hands over the jar)").isNotNull();
        return jar;
    }

    /** The classpath jar whose file name starts with this prefix (artifactId plus '-'), if any. */
    static Optional<Path> byFileName(String prefix) {
        return classpath().stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".jar"))
                .findFirst();
    }
}
