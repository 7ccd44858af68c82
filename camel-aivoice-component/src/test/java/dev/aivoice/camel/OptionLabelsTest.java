package dev.aivoice.camel;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aivoice.camel.dsl.AiVoiceEndpointBuilderFactory;
import dev.aivoice.camel.dsl.component.AivoiceComponentBuilderFactory;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint options are declared by where they apply, one class per scope, and each option's catalog label says
 * the same: its providers first, then its direction ({@code common}, {@code producer}, {@code consumer}), then its
 * kind ({@code advanced}, {@code security}, ...). The split keeps every option in the catalog, the Endpoint DSL and
 * the Component DSL.
 */
class OptionLabelsTest {

    /** Each options class and the label its options start with. */
    static final Map<Class<?>, String> SCOPES = Map.of(
            AiVoiceCommonOptions.class, "ringly,ringg,common",
            AiVoiceProducerOptions.class, "ringly,ringg,producer",
            AiVoiceRinggProducerOptions.class, "ringg,producer",
            AiVoiceConfiguration.class, "ringg,consumer");
    static final Set<String> KINDS = Set.of("advanced", "security", "proxy", "compliance");

    static JsonNode catalog;

    @BeforeAll
    static void loadCatalog() throws Exception {
        try (InputStream in = OptionLabelsTest.class.getClassLoader().getResourceAsStream(AiVoiceCatalogTest.JSON_PATH)) {
            catalog = new ObjectMapper().readTree(in);
        }
    }

    /** Options every Camel endpoint has (DefaultEndpoint's). */
    static final Set<String> CAMEL_OPTIONS = Set.of("bridgeErrorHandler", "exceptionHandler", "exchangePattern",
            "lazyStartProducer");

    @Test
    void everyOptionIsDeclaredInTheClassOfItsScopeAndLabelledSo() {
        Set<String> declared = new TreeSet<>();
        for (Map.Entry<Class<?>, String> scope : SCOPES.entrySet()) {
            for (Field field : scope.getKey().getDeclaredFields()) {
                UriParam option = field.getAnnotation(UriParam.class);
                if (option == null) {
                    continue;
                }
                declared.add(field.getName());
                String label = option.label();
                assertThat(label).as("label of %s", field.getName()).startsWith(scope.getValue());
                String kinds = label.substring(scope.getValue().length());
                for (String kind : kinds.isEmpty() ? new String[0] : kinds.substring(1).split(",")) {
                    assertThat(KINDS).as("kind '%s' of %s", kind, field.getName()).contains(kind);
                }
                JsonNode inCatalog = catalog.at("/properties/" + field.getName());
                assertThat(inCatalog.path("label").asText()).as("catalog label of %s", field.getName())
                        .isEqualTo(label);
                assertThat(catalog.at("/componentProperties/" + field.getName() + "/label").asText()).isEqualTo(label);
            }
        }
        Set<String> queryOptions = new TreeSet<>();
        catalog.get("properties").properties().forEach(e -> {
            if (!"path".equals(e.getValue().path("kind").asText()) && !CAMEL_OPTIONS.contains(e.getKey())) {
                queryOptions.add(e.getKey());
            }
        });
        assertThat(declared).as("options declared by scope").hasSizeGreaterThan(50).isEqualTo(queryOptions);
        assertThat(AiVoiceConfiguration.class.getSuperclass()).isEqualTo(AiVoiceRinggProducerOptions.class);
    }

    @Test
    void secretsStayMarkedSecret() {
        for (String secret : List.of("apiKey", "webhookToken", "proxyAuthUsername", "proxyAuthPassword")) {
            assertThat(catalog.at("/properties/" + secret + "/secret").asBoolean()).as(secret).isTrue();
        }
        for (String secret : List.of("ringlyApiKey", "ringgApiKey")) {
            assertThat(catalog.at("/componentProperties/" + secret + "/secret").asBoolean()).as(secret).isTrue();
            assertThat(catalog.at("/componentProperties/" + secret + "/label").asText()).endsWith(",common,security");
        }
    }

    @Test
    void everyEndpointOptionHasAnEndpointDslMethodAndEveryComponentOptionAComponentDslMethod() {
        Set<String> endpointMethods = methodNames(AiVoiceEndpointBuilderFactory.AiVoiceEndpointBuilder.class,
                AiVoiceEndpointBuilderFactory.AdvancedAiVoiceEndpointBuilder.class);
        Set<String> query = new TreeSet<>();
        catalog.get("properties").properties().forEach(e -> {
            if (!"path".equals(e.getValue().path("kind").asText())) {
                query.add(e.getKey());
            }
        });
        assertThat(endpointMethods).containsAll(query);

        Set<String> componentMethods = methodNames(AivoiceComponentBuilderFactory.AivoiceComponentBuilder.class);
        Set<String> componentOptions = new TreeSet<>();
        catalog.get("componentProperties").fieldNames().forEachRemaining(componentOptions::add);
        assertThat(componentMethods).containsAll(componentOptions);
    }

    private static Set<String> methodNames(Class<?>... types) {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : types) {
            Arrays.stream(type.getMethods()).map(Method::getName).forEach(names::add);
        }
        return names;
    }
}
