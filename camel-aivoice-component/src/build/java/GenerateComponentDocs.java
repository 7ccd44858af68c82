import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Build-time generator (run by the JDK's source launcher from this module's pom, after camel-package-maven-plugin wrote
 * the catalog JSON): fills the option and header tables of {@code src/main/docs/aivoice-component.adoc}, between the
 * lines {@code // aivoice options: START} and {@code // aivoice options: END}, from {@code aivoice.json}, the way
 * Camel's own build filled its component pages' tables. Camel 4's {@code update-readme} goal (also run by the pom)
 * keeps the page's header attributes in step with the catalog, but writes only {@code include::partial$...} lines for
 * Camel's Antora site, which render nowhere else; hence these tables.
 * <p>
 * Options are grouped by their catalog label: the providers it names ({@code ringly}, {@code ringg}; none or both
 * means both) and the direction ({@code producer}, {@code consumer}, else both). The page changes only when the
 * catalog does.
 *
 * <p>Arguments: the catalog JSON file, the adoc file.
 */
public class GenerateComponentDocs {

    static final String START = "// aivoice options: START";
    static final String END = "// aivoice options: END";
    private static final Set<String> SCOPE_LABELS = Set.of("ringly", "ringg", "producer", "consumer", "common");

    public static void main(String[] args) throws Exception {
        JsonNode catalog = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Path page = Path.of(args[1]);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(page + " has no '" + START + "' ... '" + END + "' block");
        }
        String updated = text.substring(0, start) + START + "\n" + tables(catalog) + text.substring(end);
        if (!updated.equals(text)) {
            Files.writeString(page, updated, StandardCharsets.UTF_8);
            System.out.println("Updated the option and header tables of " + page);
        }
    }

    static String tables(JsonNode catalog) {
        StringBuilder out = new StringBuilder();
        JsonNode component = catalog.get("componentProperties");
        JsonNode endpoint = catalog.get("properties");
        JsonNode headers = catalog.get("headers");
        out.append("The component has ").append(component.size()).append(" options, an endpoint ")
                .append(endpoint.size()).append(" (path and query), and ").append(headers.size())
                .append(" message headers. The catalog label of each option names the providers it applies to")
                .append(" (`ringly`, `ringg`) and its direction (`producer`, `consumer`, or `common` for both); the")
                .append(" tables are grouped by it. Only Ringg has a consumer (`aivoice:ringg:events`).\n\n");

        out.append("=== Component options\n\n");
        out.append("Set on the `aivoice` component (`camel.component.aivoice.<option-in-kebab-case>` in Camel Main and")
                .append(" Spring Boot), an option is the default of every endpoint that does not set it.\n\n");
        sections(entries(component), out);

        out.append("=== Endpoint options\n\n");
        out.append("==== Path parameters\n\n");
        List<Map.Entry<String, JsonNode>> path = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> query = new ArrayList<>();
        endpoint.properties().forEach(e -> ("path".equals(e.getValue().path("kind").asText()) ? path : query).add(e));
        table(path, out);
        sections(query, out);

        out.append("=== Message headers\n\n");
        Map<String, List<Map.Entry<String, JsonNode>>> byDirection = new LinkedHashMap<>();
        byDirection.put("Producer and consumer headers", new ArrayList<>());
        byDirection.put("Producer headers", new ArrayList<>());
        byDirection.put("Consumer headers", new ArrayList<>());
        headers.properties().forEach(e -> {
            String label = e.getValue().path("label").asText();
            boolean producer = label.contains("producer");
            boolean consumer = label.contains("consumer");
            String title = producer == consumer ? "Producer and consumer headers"
                    : producer ? "Producer headers" : "Consumer headers";
            byDirection.get(title).add(e);
        });
        byDirection.forEach((title, rows) -> {
            if (!rows.isEmpty()) {
                out.append("==== ").append(title).append("\n\n");
                headerTable(rows, out);
            }
        });
        return out.toString();
    }

    /** The options grouped by the scope their label names, in a fixed order of scopes. */
    private static void sections(List<Map.Entry<String, JsonNode>> options, StringBuilder out) {
        Map<String, List<Map.Entry<String, JsonNode>>> bySection = new LinkedHashMap<>();
        for (String title : List.of("Both providers, producer and consumer", "Ringly endpoints",
                "Ringg endpoints, producer and consumer", "Producers of both providers", "Ringly producers",
                "Ringg producers", "Consumer (Ringg events)")) {
            bySection.put(title, new ArrayList<>());
        }
        options.forEach(e -> bySection.get(section(e.getValue().path("label").asText())).add(e));
        bySection.forEach((title, rows) -> {
            if (!rows.isEmpty()) {
                out.append("==== ").append(title).append("\n\n");
                table(rows, out);
            }
        });
    }

    /** The section of an option with this catalog label. */
    static String section(String label) {
        List<String> tokens = List.of(label.split(","));
        if (tokens.contains("consumer")) {
            return "Consumer (Ringg events)";
        }
        boolean ringly = tokens.contains("ringly");
        boolean ringg = tokens.contains("ringg");
        if (tokens.contains("producer")) {
            return ringly == ringg ? "Producers of both providers" : ringly ? "Ringly producers" : "Ringg producers";
        }
        // Ringly has no consumer: its common options are its producers'
        return ringly == ringg ? "Both providers, producer and consumer"
                : ringly ? "Ringly endpoints" : "Ringg endpoints, producer and consumer";
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode options) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        options.properties().forEach(entries::add);
        return entries;
    }

    private static void table(List<Map.Entry<String, JsonNode>> rows, StringBuilder out) {
        out.append("[width=\"100%\",cols=\"2,5,1,1\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> row : rows) {
            JsonNode o = row.getValue();
            List<String> marks = new ArrayList<>();
            for (String token : o.path("label").asText().split(",")) {
                if (!token.isBlank() && !SCOPE_LABELS.contains(token)) {
                    marks.add(token);
                }
            }
            if (o.path("required").asBoolean()) {
                marks.add("required");
            }
            if (o.path("secret").asBoolean()) {
                marks.add("secret");
            }
            out.append("| *").append(row.getKey()).append("*");
            if (!marks.isEmpty()) {
                out.append(" (").append(String.join(", ", marks)).append(')');
            }
            out.append("\n| ").append(cell(o.path("description").asText()));
            if (o.has("enum")) {
                List<String> values = new ArrayList<>();
                o.get("enum").forEach(v -> values.add(v.asText()));
                out.append(" Values: ").append(cell(String.join(", ", values))).append('.');
            }
            out.append("\n|").append(o.has("defaultValue") ? " " + cell(o.get("defaultValue").asText()) : "")
                    .append("\n| ").append(type(o)).append("\n");
        }
        out.append("|===\n\n");
    }

    private static void headerTable(List<Map.Entry<String, JsonNode>> rows, StringBuilder out) {
        out.append("[width=\"100%\",cols=\"2,5,1\",options=\"header\"]\n|===\n| Name | Description | Type\n");
        for (Map.Entry<String, JsonNode> row : rows) {
            JsonNode h = row.getValue();
            out.append("| *").append(row.getKey()).append("*");
            if (h.has("constantName")) {
                out.append(" (`").append(h.get("constantName").asText().replaceFirst(".*#", "AiVoiceConstants."))
                        .append("`)");
            }
            out.append("\n| ").append(cell(h.path("description").asText()))
                    .append("\n| ").append(type(h)).append("\n");
        }
        out.append("|===\n\n");
    }

    private static String type(JsonNode o) {
        String type = o.path("type").asText();
        if ("duration".equals(type)) {
            return "Duration";
        }
        String javaType = o.path("javaType").asText();
        return cell(javaType.substring(javaType.lastIndexOf('.') + 1).replace('$', '.'));
    }

    /** Text that stays literal in a table cell: no column break, no attribute reference, no bold. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("{", "\\{").replace("*", "\\*");
    }
}
