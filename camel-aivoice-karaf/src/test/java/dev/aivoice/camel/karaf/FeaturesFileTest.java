package dev.aivoice.camel.karaf;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * features.xml is valid against Karaf's features 1.6.0 schema, and feature camel-aivoice installs Camel's camel-core
 * feature, Jackson, libphonenumber with its geocoder and prefixmapper fragments, and the component: each bundle at the
 * version this build uses.
 */
class FeaturesFileTest {

    // the versions this build uses (the pom passes them; a Camel version profile changes them together)
    static final String CAMEL = System.getProperty("camel.version");
    static final String JACKSON = System.getProperty("jackson.version");
    static final String LIBPHONENUMBER = System.getProperty("libphonenumber.version");
    static final String GEOCODER = System.getProperty("libphonenumber.geocoder.version");
    static final String VERSION = System.getProperty("project.version");
    static final String HTTPCORE = System.getProperty("httpcore5.version");
    static final String HTTPCLIENT = System.getProperty("httpclient5.version");

    @Test
    void featureCamelAivoiceDependsOnCamelCoreAndInstallsJacksonLibphonenumberAndTheComponent() throws Exception {
        FeaturesFile features = FeaturesFile.read();   // throws on malformed or schema-invalid XML

        assertThat(FeaturesFile.texts(features.document().getDocumentElement(), "repository"))
                .containsExactly("mvn:org.apache.camel.karaf/apache-camel/" + CAMEL + "/xml/features");
        Element feature = features.feature("camel-aivoice");
        assertThat(feature.getAttribute("version")).isEqualTo(VERSION);
        Element camelCore = (Element) feature.getElementsByTagNameNS(FeaturesFile.NAMESPACE, "feature").item(0);
        assertThat(camelCore.getTextContent()).isEqualTo("camel-core");
        assertThat(camelCore.getAttribute("version")).isEqualTo("[4.17,5)");
        assertThat(features.bundles("camel-aivoice")).containsExactly(
                "mvn:com.fasterxml.jackson.core/jackson-annotations/" + JACKSON,
                "mvn:com.fasterxml.jackson.core/jackson-core/" + JACKSON,
                "mvn:com.fasterxml.jackson.core/jackson-databind/" + JACKSON,
                "wrap:mvn:org.apache.httpcomponents.core5/httpcore5/" + HTTPCORE,
                "wrap:mvn:org.apache.httpcomponents.core5/httpcore5-h2/" + HTTPCORE,
                "wrap:mvn:org.apache.httpcomponents.client5/httpclient5/" + HTTPCLIENT,
                "mvn:com.googlecode.libphonenumber/libphonenumber/" + LIBPHONENUMBER,
                "mvn:com.googlecode.libphonenumber/prefixmapper/" + GEOCODER,
                "mvn:com.googlecode.libphonenumber/geocoder/" + GEOCODER,
                "mvn:dev.aivoice/camel-aivoice-component/" + VERSION);
        // a dependency="true" bundle is installed only when something requires it, and nothing requires a fragment:
        // the geocoder (recipients' time zones) would be left out
        NodeList bundles = feature.getElementsByTagNameNS(FeaturesFile.NAMESPACE, "bundle");
        for (int i = 0; i < bundles.getLength(); i++) {
            Element bundle = (Element) bundles.item(i);
            if (bundle.getTextContent().contains("/com.googlecode.libphonenumber/")) {
                assertThat(bundle.getAttribute("dependency")).as(bundle.getTextContent()).isNotEqualTo("true");
            }
        }
    }
}
