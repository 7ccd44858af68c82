package dev.aivoice.camel.karaf;

import java.io.IOException;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged camel-aivoice-component jar is an OSGi bundle: identity, API exports, versioned imports. */
class BundleManifestIT {

    static Attributes manifest;

    @BeforeAll
    static void readManifest() throws IOException {
        try (JarFile jar = new JarFile(ComponentJar.componentJar().toFile())) {
            manifest = jar.getManifest().getMainAttributes();
        }
    }

    @Test
    void jarIsAnR4BundleWithSymbolicNameAndVersion() {
        assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo("dev.aivoice.camel-aivoice-component");
        assertThat(manifest.getValue("Bundle-Version")).startsWith("0.1.0");
        assertThat(manifest.getValue("Require-Capability")).contains("osgi.ee=JavaSE");
    }

    @Test
    void exportsTheApiPackagesWithTheirVersionAndKeepsInternalsPrivate() {
        Map<String, Map<String, String>> exports = OsgiHeader.parse(manifest.getValue("Export-Package")).clauses();
        assertThat(exports).containsOnlyKeys("dev.aivoice.camel", "dev.aivoice.camel.compliance", "dev.aivoice.camel.correlation",
                "dev.aivoice.camel.dryrun", "dev.aivoice.camel.pacer",
                "dev.aivoice.camel.events", // issue 13: the provider-neutral CallEvent, CallStatus, TranscriptTurn
                // issue 13: every type a route sees (requests, answers, events) in one model package per provider
                "dev.aivoice.camel.ringly.model", "dev.aivoice.camel.ringg.model",
                "dev.aivoice.camel.ringg.events",                        // issue 13: Ringg's event types, parser
                "dev.aivoice.camel.dsl", "dev.aivoice.camel.dsl.builders",
                "dev.aivoice.camel.dsl.component");
        exports.forEach((pkg, attributes) -> assertThat(attributes).as(pkg).containsEntry("version", "0.1.0"));
        assertThat(manifest.getValue("Private-Package")).isNull();
    }

    @Test
    void importsCamelJacksonAndLibphonenumberWithVersionRangesAndTheDslBaseClassesOptionally() {
        Map<String, Map<String, String>> imports = OsgiHeader.parse(manifest.getValue("Import-Package")).clauses();
        assertThat(imports).containsKeys("org.apache.camel", "org.apache.camel.spi", "org.apache.camel.support",
                "com.fasterxml.jackson.databind", "com.fasterxml.jackson.core", "com.fasterxml.jackson.annotation",
                "org.slf4j", "com.google.i18n.phonenumbers");
        // libphonenumber's own version (9.0.x); its geocoder fragment adds its classes to the same package
        assertThat(imports.get("com.google.i18n.phonenumbers")).containsEntry("version", "[9.0,10)");
        imports.forEach((pkg, attributes) -> {
            if (pkg.startsWith("org.apache.camel")) {
                assertThat(attributes).as(pkg).containsEntry("version", "[4.17,5)");
            } else if (pkg.startsWith("com.fasterxml.jackson")) {
                assertThat(attributes.get("version")).as(pkg).startsWith("[2.").endsWith(",3)");
            } else if (!pkg.startsWith("java.") && !pkg.equals("javax.sql")
                       && !pkg.equals("javax.net.ssl")) {   // JDK packages have no version (javax.net.ssl: issue 10, TLS)
                assertThat(attributes).as("%s needs a version range", pkg).containsKey("version");
            }
        });
        for (String dsl : new String[] { "org.apache.camel.builder", "org.apache.camel.builder.endpoint",
                "org.apache.camel.builder.component" }) {
            assertThat(imports.get(dsl)).as(dsl).containsEntry("resolution", "optional");
        }
        assertThat(imports.keySet()).noneMatch(pkg -> pkg.startsWith("dev.aivoice.camel.http")
                                                      || pkg.startsWith("dev.aivoice.camel.reliability"));
    }
}
