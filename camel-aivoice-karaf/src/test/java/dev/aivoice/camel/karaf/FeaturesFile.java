package dev.aivoice.camel.karaf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The built (filtered) features.xml, validated against Karaf's features schema when read. */
record FeaturesFile(Document document) {

    static final String NAMESPACE = "http://karaf.apache.org/xmlns/features/v1.6.0";

    static FeaturesFile read() throws Exception {
        Path file = Path.of(System.getProperty("features.file", "target/feature/features.xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(FeaturesFile.class.getResource("/org/apache/karaf/features/karaf-features-1.6.0.xsd"))
                .newValidator().validate(new DOMSource(document));
        return new FeaturesFile(document);
    }

    Element feature(String name) {
        NodeList features = document.getElementsByTagNameNS(NAMESPACE, "feature");
        for (int i = 0; i < features.getLength(); i++) {
            Element feature = (Element) features.item(i);
            if (feature.getParentNode() == document.getDocumentElement() && name.equals(feature.getAttribute("name"))) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + name);
    }

    /** The mvn: URLs of the feature's bundles, in order. */
    List<String> bundles(String featureName) {
        return texts(feature(featureName), "bundle");
    }

    static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(NAMESPACE, tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }

    /**
     * mvn:group/artifact/version (or Karaf's wrap:mvn:...$instructions for a plain jar) to the file name the jar has
     * in a Maven repository or a reactor target folder.
     */
    static String jarFileName(String bundleUrl) {
        String mvn = bundleUrl.startsWith("wrap:") ? bundleUrl.substring("wrap:".length()) : bundleUrl;
        if (mvn.contains("$")) {
            mvn = mvn.substring(0, mvn.indexOf('$'));
        }
        String[] gav = mvn.substring("mvn:".length()).split("/");
        return gav[1] + "-" + gav[2] + ".jar";
    }

    /** Karaf turns a wrap: URL's plain jar into a bundle when installing it. */
    static boolean wrapped(String bundleUrl) {
        return bundleUrl.startsWith("wrap:");
    }
}
