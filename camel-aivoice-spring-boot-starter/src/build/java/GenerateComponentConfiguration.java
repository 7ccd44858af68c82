import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Build-time generator (run by the JDK's source launcher from this module's pom, with the module's classpath): writes
 * {@code AiVoiceComponentConfiguration}, the {@code camel.component.aivoice.*} properties class, from the component
 * options in the component's generated catalog JSON ({@code META-INF/dev/aivoice/camel/aivoice.json}), the way
 * camel-spring-boot generates its starters. Each option's description becomes the field's javadoc, which
 * spring-boot-configuration-processor turns into {@code spring-configuration-metadata.json}, so a component option
 * added later shows up in Spring Boot without touching this module.
 *
 * <p>Arguments: the output source folder.
 */
public class GenerateComponentConfiguration {

    private static final String CATALOG_JSON = "META-INF/dev/aivoice/camel/aivoice.json";
    private static final String PACKAGE = "dev.aivoice.camel.springboot";
    static final String SECRET_NOTE = " This option is a secret: it is never logged.";

    public static void main(String[] args) throws Exception {
        JsonNode catalog;
        try (InputStream in = GenerateComponentConfiguration.class.getClassLoader().getResourceAsStream(CATALOG_JSON)) {
            if (in == null) {
                throw new IllegalStateException(CATALOG_JSON + " is not on the classpath: build camel-aivoice-component first");
            }
            catalog = new ObjectMapper().readTree(in);
        }
        Path file = Path.of(args[0], PACKAGE.replace('.', '/'), "AiVoiceComponentConfiguration.java");
        Files.createDirectories(file.getParent());
        String source = generate(catalog);
        if (!Files.exists(file) || !Files.readString(file).equals(source)) {
            Files.writeString(file, source, StandardCharsets.UTF_8);
        }
    }

    static String generate(JsonNode catalog) {
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        TreeSet<String> beanTypes = new TreeSet<>();
        for (Map.Entry<String, JsonNode> option : catalog.get("componentProperties").properties()) {
            String name = option.getKey();
            JsonNode o = option.getValue();
            String type = javaType(o);
            if ("object".equals(o.path("type").asText())) {
                beanTypes.add(type);
            }
            String description = o.path("description").asText();
            if (o.path("secret").asBoolean()) {
                description += SECRET_NOTE;
            }
            fields.append("    /**\n");
            for (String line : wrap(javadoc(description))) {
                fields.append("     * ").append(line).append('\n');
            }
            fields.append("     */\n");
            if ("duration".equals(o.path("type").asText())) {
                fields.append("    @DurationUnit(ChronoUnit.MILLIS)\n");
            }
            fields.append("    private ").append(type).append(' ').append(name);
            String initial = initialValue(o, type);
            if (initial != null) {
                fields.append(" = ").append(initial);
            }
            fields.append(";\n\n");
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            accessors.append("    public ").append(type).append(" get").append(cap).append("() {\n        return ")
                    .append(name).append(";\n    }\n\n    public void set").append(cap).append('(').append(type)
                    .append(' ').append(name).append(") {\n        this.").append(name).append(" = ").append(name)
                    .append(";\n    }\n\n");
        }
        List<String> types = new ArrayList<>();
        for (String t : beanTypes) {
            types.add(t + ".class");
        }
        return "package " + PACKAGE + ";\n\n"
               + "import java.time.Duration;\nimport java.time.temporal.ChronoUnit;\n\n"
               + "import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n"
               + "import org.springframework.boot.context.properties.ConfigurationProperties;\n"
               + "import org.springframework.boot.convert.DurationUnit;\n\n"
               + "/**\n * " + String.join("\n * ", wrap(javadoc(catalog.get("component").path("description").asText())))
               + "\n *\n * Generated at build time from the component's catalog JSON by src/build/java/"
               + "GenerateComponentConfiguration.java: do not edit.\n */\n"
               + "@ConfigurationProperties(prefix = \"camel.component.aivoice\")\n"
               + "public class AiVoiceComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n"
               + "    /**\n     * Whether to enable auto configuration of the aivoice component. This is enabled by default.\n"
               + "     */\n    private Boolean enabled;\n\n"
               + "    /** Option types given as {@code #beanName} references to registry beans. */\n"
               + "    static final Class<?>[] BEAN_TYPES = { " + String.join(", ", types) + " };\n\n"
               + fields + accessors.toString().stripTrailing() + "\n}\n";
    }

    private static String javaType(JsonNode o) {
        switch (o.path("type").asText()) {
            case "boolean": return "Boolean";
            case "integer": return "int".equals(o.path("javaType").asText()) ? "Integer" : boxed(o);
            case "number": return "Double";
            case "duration": return "Duration";
            case "string":
            case "enum": return "String";
            default: return boxed(o);
        }
    }

    private static String boxed(JsonNode o) {
        switch (o.path("javaType").asText()) {
            case "int": return "Integer";
            case "long": return "Long";
            case "double": return "Double";
            case "boolean": return "Boolean";
            default: return o.path("javaType").asText().replace('$', '.');
        }
    }

    private static String initialValue(JsonNode o, String type) {
        if (!o.has("defaultValue")) {
            return null;
        }
        String value = o.get("defaultValue").asText();
        switch (type) {
            case "Boolean": return Boolean.toString(Boolean.parseBoolean(value));
            case "Integer": return Integer.toString(Integer.parseInt(value));
            case "Long": return Long.parseLong(value) + "L";
            case "Double": return Double.parseDouble(value) + "d";
            case "Duration": return value.matches("\\d+") ? "Duration.ofMillis(" + value + ")" : null;
            case "String": return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            default: return null;
        }
    }

    /** Text that survives inside a javadoc comment. */
    private static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > 100) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
