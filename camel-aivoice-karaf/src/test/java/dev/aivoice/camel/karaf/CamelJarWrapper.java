package dev.aivoice.camel.karaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * Camel 4's jars carry no OSGi headers (camel-karaf re-packs them as bundles for its features, which the Maven mirror
 * here does not serve), nor do some libraries (Karaf installs those through {@code wrap:} URLs). This stands in for
 * both: a copy of the jar whose manifest exports each of its packages at the jar's version and imports what it needs
 * dynamically. The component bundle's own headers are what is under test.
 */
final class CamelJarWrapper {

    private CamelJarWrapper() {
    }

    static Path wrap(Path jar, Path outputDir) throws IOException {
        String fileName = jar.getFileName().toString();
        String version = fileName.replaceAll("^.*?-(\\d+\\.\\d+\\.\\d+)[^/]*\\.jar$", "$1");
        String artifact = fileName.substring(0, fileName.length() - version.length() - ".jar".length() - 1);
        Path wrapped = outputDir.resolve("wrapped-" + fileName);
        try (JarFile in = new JarFile(jar.toFile())) {
            Set<String> packages = in.stream().map(JarEntry::getName)
                    .filter(n -> n.endsWith(".class") && n.indexOf('/') > 0 && !n.startsWith("META-INF/"))
                    .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
            Manifest manifest = new Manifest();
            Attributes main = manifest.getMainAttributes();
            main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            main.putValue("Bundle-ManifestVersion", "2");
            boolean camel = jar.toString().replace('\\', '/').contains("/org/apache/camel/");
            main.putValue("Bundle-SymbolicName", (camel ? "org.apache.camel." : "wrap.") + artifact);
            main.putValue("Bundle-Version", version);
            main.putValue("Export-Package", packages.stream().map(p -> p + ";version=\"" + version + "\"")
                    .collect(Collectors.joining(",")));
            main.putValue("DynamicImport-Package", "*");
            try (OutputStream file = Files.newOutputStream(wrapped);
                 JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        return wrapped;
    }
}
