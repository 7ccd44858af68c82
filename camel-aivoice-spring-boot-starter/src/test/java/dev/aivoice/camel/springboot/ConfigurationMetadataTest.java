package dev.aivoice.camel.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's spring-configuration-metadata.json (IDE completion for application.properties) lists every component
 * option of the component's catalog JSON under {@code camel.component.aivoice.<kebab-case>}, with the catalog's
 * description and default, secrets marked; plus Camel's starter switches.
 */
class ConfigurationMetadataTest {

    static final String PREFIX = "camel.component.aivoice.";

    @Test
    void metadataListsEveryComponentOptionWithDescriptionDefaultAndSecretMark() throws IOException {
        JsonNode catalog = read("META-INF/dev/aivoice/camel/aivoice.json").get("componentProperties");
        Map<String, JsonNode> metadata = properties();
        int checked = 0;
        for (Map.Entry<String, JsonNode> entry : catalog.properties()) {
            String name = PREFIX + StringHelper.camelCaseToDash(entry.getKey());
            JsonNode option = entry.getValue();
            assertThat(metadata).as("metadata of component option %s", entry.getKey()).containsKey(name);
            JsonNode property = metadata.get(name);
            String description = property.path("description").asText();
            assertThat(description).as(name).startsWith(option.get("description").asText());
            assertThat(description.endsWith("This option is a secret: it is never logged."))
                    .as("%s marked secret", name).isEqualTo(option.path("secret").asBoolean());
            if (option.has("defaultValue")) {
                String expected = option.get("defaultValue").asText();
                String actual = property.path("defaultValue").asText();
                assertThat(actual).as("default of %s", name)
                        .isEqualTo("duration".equals(option.path("type").asText()) ? expected + "ms" : expected);
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(40);
        assertThat(metadata.get(PREFIX + "enabled").path("description").asText())
                .startsWith("Whether to enable auto configuration of the aivoice component");
        assertThat(metadata).containsKeys(PREFIX + "ringly-api-key", PREFIX + "ringg-api-key", PREFIX + "ringly-base-url",
                PREFIX + "ringg-base-url", PREFIX + "enabled", PREFIX + "customizer.enabled",
                PREFIX + "autowired-enabled", PREFIX + "lazy-start-producer", PREFIX + "bridge-error-handler");
    }

    private static Map<String, JsonNode> properties() throws IOException {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode property : read("META-INF/spring-configuration-metadata.json").get("properties")) {
            byName.put(property.get("name").asText(), property);
        }
        return byName;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
