package dev.aivoice.camel.karaf;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
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
 * camel-aivoice (Jackson, libphonenumber and its geocoder and prefixmapper fragments, the component) plus stand-ins
 * for Camel's camel-core feature (Camel's jars wrapped as bundles, see {@link CamelJarWrapper}) and slf4j-api (Karaf's
 * logging provides it), it resolves, starts, wires its imports to those bundles, its component class loads from the
 * bundle, and its compliance classes work there: recipients' time zones come from the geocoder fragment's data.
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

        List<Bundle> fragments = installed.stream().filter(b -> b.getHeaders().get(Constants.FRAGMENT_HOST) != null)
                .toList();
        for (Bundle bundle : installed) {
            if (!fragments.contains(bundle)) {   // a fragment is not started: it attaches to its host when that resolves
                bundle.start();   // throws BundleException naming the missing import if a bundle does not resolve
            }
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

        assertComplianceWorksInTheBundle(component, fragments, providers, exported);
    }

    /** libphonenumber's host bundle carries both fragments, and the component's compliance classes use them. */
    private static void assertComplianceWorksInTheBundle(Bundle component, List<Bundle> fragments,
                                                         Map<String, String> providers, List<String> exported)
            throws Exception {
        assertThat(fragments).extracting(Bundle::getSymbolicName).containsExactlyInAnyOrder(
                "com.googlecode.libphonenumber.prefixmapper", "com.googlecode.libphonenumber.geocoder");
        assertThat(fragments).allSatisfy(f -> assertThat(f.getState()).as(f.getSymbolicName()).isEqualTo(Bundle.RESOLVED));
        assertThat(providers).containsEntry("com.google.i18n.phonenumbers", "com.googlecode.libphonenumber");
        assertThat(exported).contains("dev.aivoice.camel.compliance", "dev.aivoice.camel.dryrun", "dev.aivoice.camel.pacer");

        // the geocoder's class, through the component's class loader: served by the host with the fragment attached
        Class<?> mapper = component.loadClass("com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper");
        Bundle libphonenumber = FrameworkUtil.getBundle(mapper);
        assertThat(libphonenumber.getSymbolicName()).isEqualTo("com.googlecode.libphonenumber");
        assertThat(libphonenumber.adapt(BundleWiring.class).getProvidedWires("osgi.wiring.host"))
                .extracting(w -> w.getRequirer().getSymbolicName())
                .containsExactlyInAnyOrder("com.googlecode.libphonenumber.prefixmapper",
                        "com.googlecode.libphonenumber.geocoder");

        // the gate's own lookup (package-private, hence reflection): number -> time zones, from the geocoder's data
        Method recipient = component.loadClass("dev.aivoice.camel.compliance.RecipientZones")
                .getDeclaredMethod("of", String.class);
        recipient.setAccessible(true);
        assertThat(zones(recipient.invoke(null, "+12125550123"))).containsExactly((Object) ZoneId.of("America/New_York"));
        assertThat(zones(recipient.invoke(null, "+18085550123"))).containsExactly((Object) ZoneId.of("Pacific/Honolulu"));

        // the public SPI an application binds as a bean
        Class<?> fileList = component.loadClass("dev.aivoice.camel.compliance.FileDoNotCallList");
        Object list = fileList.getMethod("of", Collection.class).invoke(null, List.of("+1 (415) 555-0100"));
        Method contains = component.loadClass("dev.aivoice.camel.compliance.DoNotCallList")
                .getMethod("contains", String.class);
        assertThat(contains.invoke(list, "+14155550100")).isEqualTo(true);
        assertThat(contains.invoke(list, "+14155550101")).isEqualTo(false);
    }

    private static List<Object> zones(Object recipient) throws Exception {
        Method zones = recipient.getClass().getDeclaredMethod("zones");
        zones.setAccessible(true);
        return List.copyOf((List<?>) zones.invoke(recipient));
    }

    private Bundle install(Path jar) throws Exception {
        return felix.getBundleContext().installBundle(jar.toUri().toString());
    }
}
