package dev.aivoice.camel.provider;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aivoice.camel.ringg.RinggProvider;
import dev.aivoice.camel.ringly.RinglyProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each provider's operation table is the single list of its operations: the catalog's {@code operation} and
 * {@code api} enums, the README's URI table and the provider's handlers all say exactly what the tables declare.
 */
class OperationTableTest {

    static final Map<String, OperationTable> TABLES = new LinkedHashMap<>();
    static final Map<String, AiVoiceProvider> PROVIDERS = new LinkedHashMap<>();

    static {
        RinglyProvider ringly = new RinglyProvider();
        RinggProvider ringg = new RinggProvider();
        TABLES.put(ringly.name(), ringly.operations());
        TABLES.put(ringg.name(), ringg.operations());
        PROVIDERS.put(ringly.name(), ringly);
        PROVIDERS.put(ringg.name(), ringg);
    }

    @Test
    void theCatalogsOperationEnumIsExactlyTheTablesOperations() throws Exception {
        Set<String> declared = new TreeSet<>();
        TABLES.values().forEach(table -> table.operations().forEach(operation -> declared.add(operation.name())));
        assertThat(new TreeSet<>(catalogEnum("/properties/operation/enum"))).isEqualTo(declared);
    }

    @Test
    void theCatalogsApiEnumIsExactlyTheTablesApisAndTheConsumerApis() throws Exception {
        Set<String> apis = new LinkedHashSet<>();
        TABLES.values().forEach(table -> apis.addAll(table.apis().keySet()));
        PROVIDERS.values().forEach(provider -> apis.addAll(provider.consumerApis()));
        assertThat(new TreeSet<>(catalogEnum("/properties/api/enum"))).isEqualTo(new TreeSet<>(apis));
    }

    @Test
    void theReadmesUriTableListsExactlyEachProvidersOperationsInTableOrder() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Pattern row = Pattern.compile("^\\| (\\w+) \\| (\\w+) \\| producer \\| (.+) \\|$", Pattern.MULTILINE);
        Pattern name = Pattern.compile("`(\\w+)`");
        Map<String, List<String>> listed = new LinkedHashMap<>();
        Matcher rows = row.matcher(readme);
        while (rows.find()) {
            List<String> operations = new ArrayList<>();
            Matcher names = name.matcher(rows.group(3));
            while (names.find()) {
                operations.add(names.group(1));
            }
            listed.put(rows.group(1) + ":" + rows.group(2), operations);
        }
        Map<String, List<String>> declared = new LinkedHashMap<>();
        TABLES.forEach((provider, table) -> table.apis().forEach((api, names) -> declared.put(provider + ":" + api,
                names)));
        assertThat(listed).isEqualTo(declared);
    }

    @Test
    void theProvidersDeriveTheirApisAndHandlersFromTheirTable() {
        TABLES.forEach((name, table) -> {
            AiVoiceProvider provider = PROVIDERS.get(name);
            assertThat(provider.producerApis()).as(name).isEqualTo(table.apis());
            for (Operation operation : table.operations()) {
                assertThat(provider.handler(operation.api(), operation.name())).as(operation.toString())
                        .isSameAs(operation);
            }
        });
    }

    @Test
    void everyOperationDeclaresItsMethodPathTypesAndDocumentedHeaders() throws Exception {
        Set<String> headers = new TreeSet<>();
        catalog().get("headers").fieldNames().forEachRemaining(headers::add);
        for (OperationTable table : TABLES.values()) {
            for (Operation operation : table.operations()) {
                assertThat(operation.method()).as(operation.toString()).isIn("GET", "POST", "PATCH", "PUT", "DELETE");
                assertThat(operation.path()).as(operation.toString()).startsWith("/");
                assertThat(operation.requestType()).as(operation.toString()).isNotNull();
                assertThat(operation.answerType()).as(operation.toString()).isNotNull();
                operation.boundFields().stream().filter(field -> field.header() != null)
                        .forEach(field -> assertThat(headers).as(operation + " " + field.wire())
                                .contains(field.header()));
            }
        }
    }

    @Test
    void onlyTheDialingOperationsAreDeclaredAsPlacingCalls() {
        List<String> placing = new ArrayList<>();
        TABLES.forEach((provider, table) -> table.operations().stream().filter(Operation::placesCalls)
                .forEach(operation -> placing.add(provider + ":" + operation.api() + "/" + operation.name())));
        assertThat(placing).containsExactlyInAnyOrder("ringly:call/create", "ringg:call/create",
                "ringg:campaign/launch", "ringg:campaign/start", "ringg:campaign/bulkStart");
    }

    @Test
    void anOperationOutsideTheTableIsRefusedNamingProviderApiAndOperation() {
        assertThatThrownBy(() -> PROVIDERS.get("ringly").handler("call", "get"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("aivoice:ringly:call operation get is not implemented yet");
    }

    @Test
    void aDeclaredOperationCannotBeChangedAfterwards() {
        Operation history = TABLES.get("ringg").operation("call", "history");
        assertThatThrownBy(history::placesCall)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("call/history");
        assertThat(history.placesCalls()).isFalse();
    }

    private static List<String> catalogEnum(String pointer) throws Exception {
        List<String> values = new ArrayList<>();
        catalog().at(pointer).forEach(value -> values.add(value.asText()));
        assertThat(values).as(pointer).isNotEmpty();
        return values;
    }

    private static JsonNode catalog() throws Exception {
        try (InputStream in = OperationTableTest.class.getClassLoader()
                .getResourceAsStream("META-INF/dev/aivoice/camel/aivoice.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
