package dev.aivoice.camel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's documentation page, {@code src/main/docs/aivoice-component.adoc}, as the build leaves it: its option
 * and header tables list every option and header of the catalog JSON, with its description and default, in the section
 * its catalog label names (providers and direction); its header attributes follow the catalog; its URI table lists
 * the same providers, apis and operations as the README's; and the README links to it.
 */
class ComponentDocPageTest {

    static final Path PAGE = Path.of("src/main/docs/aivoice-component.adoc");
    static final Path README = Path.of("../README.md");

    static String page;
    static JsonNode catalog;
    /** part ("Component options", ...) -> option or header name -> its row. */
    static Map<String, Map<String, Row>> tables;

    record Row(String section, String name, List<String> cells) {
    }

    @BeforeAll
    static void readPageAndCatalog() throws IOException {
        page = Files.readString(PAGE, StandardCharsets.UTF_8);
        try (InputStream in = ComponentDocPageTest.class.getClassLoader()
                .getResourceAsStream(AiVoiceCatalogTest.JSON_PATH)) {
            assertThat(in).isNotNull();
            catalog = new ObjectMapper().readTree(in);
        }
        int start = page.indexOf("// aivoice options: START");
        int end = page.indexOf("// aivoice options: END");
        assertThat(start).as("generated block").isPositive();
        assertThat(end).isGreaterThan(start);
        tables = parse(page.substring(start, end));
    }

    @Test
    void everyComponentOptionIsListedInTheSectionOfItsLabelWithItsDescriptionAndDefault() {
        assertListed(catalog.get("componentProperties"), tables.get("Component options"));
    }

    @Test
    void everyEndpointOptionIsListedInTheSectionOfItsLabelWithItsDescriptionAndDefault() {
        JsonNode options = catalog.get("properties");
        assertListed(options, tables.get("Endpoint options"));
        assertThat(tables.get("Endpoint options").get("apiKey").cells().get(0)).contains("security", "secret");
        assertThat(tables.get("Endpoint options").get("provider").section()).isEqualTo("Path parameters");
        assertThat(tables.get("Endpoint options").get("provider").cells().get(0)).contains("required");
    }

    @Test
    void everyHeaderIsListedWithItsDescriptionAndDirection() {
        JsonNode headers = catalog.get("headers");
        Map<String, Row> rows = tables.get("Message headers");
        assertThat(rows).hasSameSizeAs(iterable(headers));
        headers.properties().forEach(e -> {
            Row row = rows.get(e.getKey());
            assertThat(row).as("header %s", e.getKey()).isNotNull();
            assertThat(unescape(row.cells().get(1))).isEqualTo(e.getValue().get("description").asText());
            String label = e.getValue().path("label").asText();
            boolean producer = label.contains("producer");
            boolean consumer = label.contains("consumer");
            assertThat(row.section()).as("section of %s (label %s)", e.getKey(), label)
                    .isEqualTo(producer == consumer ? "Producer and consumer headers"
                            : producer ? "Producer headers" : "Consumer headers");
        });
    }

    @Test
    void headerAttributesFollowTheCatalog() {
        JsonNode component = catalog.get("component");
        assertThat(page).startsWith("= " + component.get("title").asText() + " Component\n");
        assertThat(page).contains(":artifactid: " + component.get("artifactId").asText() + "\n",
                ":description: " + component.get("description").asText() + "\n",
                ":since: " + component.get("firstVersion").asText().replaceFirst("\\.\\d+$", "") + "\n",
                ":supportlevel: " + component.get("supportLevel").asText() + "\n");
    }

    @Test
    void uriTableListsTheSameApisAndOperationsAsTheReadme() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Map<String, List<String>> fromReadme = uriRows(readme.substring(readme.indexOf("## URIs")), "\n|---");
        Map<String, List<String>> fromPage = uriRows(page.substring(page.indexOf("== URI format")), "\n|===");

        assertThat(fromPage).hasSize(8).isEqualTo(fromReadme);
    }

    @Test
    void readmeLinksToThePage() throws IOException {
        assertThat(Files.readString(README, StandardCharsets.UTF_8))
                .contains("(camel-aivoice-component/src/main/docs/aivoice-component.adoc)");
    }

    private static void assertListed(JsonNode options, Map<String, Row> rows) {
        assertThat(rows).hasSameSizeAs(iterable(options));
        options.properties().forEach(e -> {
            JsonNode option = e.getValue();
            Row row = rows.get(e.getKey());
            assertThat(row).as("option %s", e.getKey()).isNotNull();
            assertThat(unescape(row.cells().get(1))).as("description of %s", e.getKey())
                    .startsWith(option.get("description").asText());
            assertThat(unescape(row.cells().get(2))).as("default of %s", e.getKey())
                    .isEqualTo(option.path("defaultValue").asText(""));
            if (!"path".equals(option.path("kind").asText())) {
                String label = option.path("label").asText();
                assertThat(row.section()).as("section of %s (label %s)", e.getKey(), label)
                        .isEqualTo(expectedSection(label));
            }
        });
    }

    /** Where an option with this label belongs: the providers it names (none: both) and its direction. */
    static String expectedSection(String label) {
        List<String> tokens = List.of(label.split(","));
        boolean ringly = tokens.contains("ringly");
        boolean ringg = tokens.contains("ringg");
        if (tokens.contains("consumer")) {
            return "Consumer (Ringg events)";
        }
        if (tokens.contains("producer")) {
            return ringly == ringg ? "Producers of both providers" : ringly ? "Ringly producers" : "Ringg producers";
        }
        return ringly == ringg ? "Both providers, producer and consumer"
                : ringly ? "Ringly endpoints" : "Ringg endpoints, producer and consumer";
    }

    /** The rows of the generated tables: a row starts with "| *name*", its other cells follow one per line. */
    static Map<String, Map<String, Row>> parse(String block) {
        Map<String, Map<String, Row>> parts = new LinkedHashMap<>();
        String part = null;
        String section = null;
        Row row = null;
        for (String line : block.split("\n")) {
            if (line.startsWith("=== ")) {
                part = line.substring(4);
                parts.put(part, new LinkedHashMap<>());
            } else if (line.startsWith("==== ")) {
                section = line.substring(5);
            } else if (line.startsWith("| *")) {
                String name = line.substring(3, line.indexOf('*', 3));
                row = new Row(section, name, new ArrayList<>(List.of(line)));
                assertThat(parts.get(part).put(name, row)).as("%s listed once in %s", name, part).isNull();
            } else if (line.startsWith("|===")) {
                row = null;
            } else if (row != null && line.startsWith("|")) {
                row.cells().add(line.substring(1).strip());
            }
        }
        return parts;
    }

    /** provider/api/direction -> the operations in backquotes, from the first table after {@code from}. */
    static Map<String, List<String>> uriRows(String from, String tableStart) {
        String table = from.substring(from.indexOf(tableStart) + tableStart.length());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Pattern quoted = Pattern.compile("`([^`]+)`");
        for (String line : table.split("\n")) {
            if (!line.startsWith("|") || line.startsWith("|===")) {
                if (!rows.isEmpty()) {
                    break;
                }
                continue;
            }
            String[] cells = line.split("\\|");
            if (cells.length < 5 || cells[1].isBlank() || "provider".equals(cells[1].strip())) { // the header row
                continue;
            }
            List<String> operations = new ArrayList<>();
            Matcher m = quoted.matcher(cells[4]);
            while (m.find()) {
                operations.add(m.group(1));
            }
            rows.put(cells[1].strip() + "/" + cells[2].strip() + "/" + cells[3].strip(), operations);
        }
        return rows;
    }

    private static String unescape(String cell) {
        return cell.replace("\\|", "|").replace("\\{", "{").replace("\\*", "*");
    }

    private static List<JsonNode> iterable(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        node.forEach(list::add);
        return list;
    }
}
