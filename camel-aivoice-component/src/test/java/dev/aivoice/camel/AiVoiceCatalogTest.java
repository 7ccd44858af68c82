package dev.aivoice.camel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The component JSON generated at build time works in Camel's catalog, as tooling (IDEs, Karavan, JBang) uses it. */
class AiVoiceCatalogTest {

    static final String JSON_PATH = "META-INF/dev/aivoice/camel/aivoice.json";

    CamelCatalog catalog;
    String json;

    @BeforeEach
    void loadGeneratedJson() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(JSON_PATH)) {
            assertThat(in).as(JSON_PATH + " on the classpath").isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catalog = new DefaultCamelCatalog();
        catalog.addComponent("aivoice", AiVoiceComponent.class.getName(), json);
    }

    @Test
    void validUriValidates() {
        EndpointValidationResult result = catalog.validateEndpointProperties(
                "aivoice:ringly:call?apiKey=k&fromNumber=%2B12025550143&agentId=agent_x&requestTimeout=20s");

        assertThat(result.isSuccess()).as(result.summaryErrorMessage(false)).isTrue();
    }

    @Test
    void misspeltOptionIsReportedUnknown() {
        EndpointValidationResult result = catalog.validateEndpointProperties("aivoice:ringly:call?apiKye=k");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getUnknown()).containsExactly("apiKye");
    }

    @Test
    void unknownProviderAndOperationAreReportedAsInvalidEnums() {
        EndpointValidationResult provider = catalog.validateEndpointProperties("aivoice:twilio:call");
        EndpointValidationResult operation = catalog.validateEndpointProperties("aivoice:ringg:call?operation=hangup");

        assertThat(provider.getInvalidEnum()).containsKey("provider");
        assertThat(operation.getInvalidEnum()).containsKey("operation");
    }

    @Test
    void asEndpointUriRoundTrips() throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("provider", "ringg");
        properties.put("api", "campaign");
        properties.put("operation", "launch");
        properties.put("agentId", "a-1");

        String uri = catalog.asEndpointUri("aivoice", properties, false);

        assertThat(uri).isEqualTo("aivoice:ringg:campaign?agentId=a-1&operation=launch");
        assertThat(catalog.endpointProperties(uri)).isEqualTo(properties);
    }

    @Test
    void secretsAreMarkedSecretAndEveryOptionAndHeaderIsDocumented() throws Exception {
        JsonNode model = new ObjectMapper().readTree(json);

        assertThat(model.at("/properties/apiKey/secret").asBoolean()).isTrue();
        assertThat(model.at("/properties/webhookToken/secret").asBoolean()).isTrue();
        assertThat(model.at("/componentProperties/apiKey/secret").asBoolean()).isTrue();
        model.get("properties").forEach(option -> assertThat(option.get("description").asText()).isNotBlank());
        model.get("headers").forEach(header -> assertThat(header.get("description").asText()).isNotBlank());
        assertThat(model.get("headers").has(AiVoiceConstants.CALL_STATUS)).isTrue();
        assertThat(model.at("/component/syntax").asText()).isEqualTo("aivoice:provider:api");
    }
}
