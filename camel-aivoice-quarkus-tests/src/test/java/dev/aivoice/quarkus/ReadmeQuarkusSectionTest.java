package dev.aivoice.quarkus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Quarkus" and "Supported Camel versions" sections say what this module and the build do: their
 * snippets are this app's tested sources, the dependencies are this module's, and the Camel profiles they name
 * exist with those versions and run in CI.
 */
class ReadmeQuarkusSectionTest {

    static final Path ROOT = Path.of("..");

    @Test
    void quarkusSnippetsAreTheTestedAppsSources() throws IOException {
        String section = section("Quarkus");
        String routes = squash(Files.readString(Path.of("src/main/java/dev/aivoice/quarkus/CallRoutes.java")));
        String properties = squash(Files.readString(Path.of("src/main/resources/application.properties")));

        List<String> java = blocks(section, "java");
        List<String> props = blocks(section, "properties");
        assertThat(java).hasSize(1);
        assertThat(props).hasSize(1);
        assertThat(routes).contains(squash(java.get(0)));
        assertThat(properties).contains(squash(props.get(0)));
    }

    @Test
    void quarkusDependenciesAreThisModulesWithItsVersions() throws IOException {
        String xml = blocks(section("Quarkus"), "xml").get(0);
        String pom = Files.readString(Path.of("pom.xml"));

        for (String artifactId : all(xml, "<artifactId>([^<]+)</artifactId>")) {
            assertThat(pom).as("README dependency " + artifactId).contains("<artifactId>" + artifactId + "</artifactId>");
        }
        String quarkus = all(pom, "<quarkus.version>([^<]+)</quarkus.version>").get(0);
        String camelQuarkus = all(pom, "<camel-quarkus.version>([^<]+)</camel-quarkus.version>").get(0);
        assertThat(xml).contains("<artifactId>quarkus-bom</artifactId>\n      <version>" + quarkus + "</version>")
                .contains("<artifactId>camel-quarkus-bom</artifactId>\n      <version>" + camelQuarkus + "</version>");
    }

    @Test
    void camelProfilesNamedInTheReadmeExistAndRunInCi() throws IOException {
        String section = section("Supported Camel versions");
        String parentPom = Files.readString(ROOT.resolve("pom.xml"));
        String ci = Files.readString(ROOT.resolve(".ci/run"));

        List<String> profiles = all(section, "-P(camel-[0-9.]+)").stream().distinct().toList();
        assertThat(profiles).containsExactly("camel-4.17", "camel-4.22");
        for (String profile : profiles) {
            String version = profile.substring("camel-".length());
            assertThat(parentPom).containsPattern(
                    "<id>" + Pattern.quote(profile) + "</id>\\s*<properties>\\s*<camel.version>" + Pattern.quote(version));
            assertThat(section).contains("| " + version + ".0");
            assertThat(ci).contains(profile);
        }
    }

    /** The section under that title (a level-2 or level-3 heading), up to the next heading as high or higher. */
    private static String section(String title) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher heading = Pattern.compile("(?m)^(#{2,3}) " + Pattern.quote(title) + "$").matcher(readme);
        assertThat(heading.find()).as(title + " heading in README.md").isTrue();
        Matcher next = Pattern.compile("(?m)^#{2," + heading.group(1).length() + "} ").matcher(readme);
        int end = next.find(heading.end()) ? next.start() : readme.length();
        return readme.substring(heading.start(), end);
    }

    private static List<String> blocks(String markdown, String language) {
        return all(markdown, "(?s)```" + language + "\n(.*?)```");
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
