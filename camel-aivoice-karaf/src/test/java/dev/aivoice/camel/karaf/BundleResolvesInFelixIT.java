package dev.aivoice.camel.karaf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component bundle in a real OSGi framework (Apache Felix): installed with exactly the bundles of feature
 * camel-aivoice (Jackson, the component) plus stand-ins for Camel's camel-core feature (Camel's jars wrapped as
 * bundles, see {@link CamelJarWrapper}) and slf4j-api (Karaf's logging provides it), it resolves, starts, wires its
 * imports to those bundles, and its component class loads from the bundle.
 */
class BundleResolvesInFelixIT {


    Framework felix;

    @BeforeEach
    void startFelix() throws Exception {
        Path storage = Path.of(System.getProperty("felix.storage", "target/felix-cache"));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // slf4j-api 2 requires a service-loader mediator (Aries SPI Fly) and a logging provider; in Karaf, pax-logging
        // provides the slf4j API instead. Declare both so that slf4j-api resolves (it then logs nothing).
        config.put(Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA,
                "osgi.extender;osgi.extender=osgi.serviceloader.processor;version:Version=1.0,"
                + "osgi.serviceloader;osgi.serviceloader=org.slf4j.spi.SLF4JServiceProvider");
        felix = new Felix(config);
        felix.start();
    }

    @AfterEach
    void stopFelix() throws Exception {
        felix.stop();
        felix.waitForStop(10_000);
    }

    @Test
    void componentBundleResolvesWithTheFeaturesBundlesAndItsComponentClassLoads() throws Exception {
        Path wrapped = Files.createDirectories(Path.of(System.getProperty("felix.storage", "target/felix-cache"))
                .resolveSibling("wrapped-camel"));
        List<Bundle> installed = new ArrayList<>();
        // the Camel jars the component depends on (camel-api, camel-support, camel-util, ...): what camel-karaf's
        // features provide
        List<Path> camelJars = ComponentJar.classpath().stream()
                .filter(p -> p.toString().replace('\\', '/').contains("/org/apache/camel/")).toList();
        assertThat(camelJars).extracting(p -> p.getFileName().toString()).anyMatch(n -> n.startsWith("camel-support-"));
        for (Path jar : camelJars) {
            installed.add(install(CamelJarWrapper.wrap(jar, wrapped)));
        }
        installed.add(install(ComponentJar.byFileName("slf4j-api-").orElseThrow()));
        Bundle component = null;
        for (String mvnUrl : FeaturesFile.read().bundles("camel-aivoice")) {
            String fileName = FeaturesFile.jarFileName(mvnUrl);
            Path jar = mvnUrl.contains("/camel-aivoice-component/") ? ComponentJar.componentJar()
                    : ComponentJar.byFileName(fileName.replace(".jar", "")).orElse(null);
            assertThat(jar).as("%s (from features.xml) on the test classpath", mvnUrl).isNotNull();
            Bundle bundle = install(FeaturesFile.wrapped(mvnUrl) ? CamelJarWrapper.wrap(jar, wrapped) : jar);
            installed.add(bundle);
            if (mvnUrl.contains("/camel-aivoice-component/")) {
                component = bundle;
            }
        }
        assertThat(component).isNotNull();

        for (Bundle bundle : installed) {
            bundle.start();   // throws BundleException naming the missing import if a bundle does not resolve
        }

        assertThat(component.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(component.getSymbolicName()).isEqualTo("dev.aivoice.camel-aivoice-component");
        Class<?> componentClass = component.loadClass("dev.aivoice.camel.AiVoiceComponent");
        assertThat(FrameworkUtil.getBundle(componentClass)).isSameAs(component);
        Object aivoice = componentClass.getConstructor().newInstance();
        assertThat(FrameworkUtil.getBundle(aivoice.getClass().getSuperclass()).getSymbolicName())
                .isEqualTo("org.apache.camel.camel-support");
        assertThat(component.getResource("META-INF/services/org/apache/camel/component/aivoice")).isNotNull();

        BundleWiring wiring = component.adapt(BundleWiring.class);
        Map<String, String> providers = new HashMap<>();
        for (BundleWire wire : wiring.getRequiredWires("osgi.wiring.package")) {
            providers.put((String) wire.getCapability().getAttributes().get("osgi.wiring.package"),
                    wire.getProvider().getBundle().getSymbolicName());
        }
        assertThat(providers).containsEntry("com.fasterxml.jackson.databind", "com.fasterxml.jackson.core.jackson-databind")
                .containsEntry("org.apache.camel", "org.apache.camel.camel-api")
                .containsEntry("org.apache.camel.support", "org.apache.camel.camel-support")
                .containsEntry("org.slf4j", "slf4j.api");
        List<String> exported = wiring.getCapabilities("osgi.wiring.package").stream()
                .map(BundleCapability::getAttributes).map(a -> (String) a.get("osgi.wiring.package")).toList();
        assertThat(exported).contains("dev.aivoice.camel", "dev.aivoice.camel.dsl")
                .doesNotContain("dev.aivoice.camel.http", "dev.aivoice.camel.reliability", "dev.aivoice.camel.json");
        // private classes load inside the bundle all the same
        assertThat(component.loadClass("dev.aivoice.camel.http.HttpTransport")).isNotNull();
    }

    private Bundle install(Path jar) throws Exception {
        return felix.getBundleContext().installBundle(jar.toUri().toString());
    }
}
