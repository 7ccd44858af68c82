package dev.aivoice.camel.karaf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed OSGi manifest header such as Import-Package: one clause per package, with its attributes/directives. */
record OsgiHeader(Map<String, Map<String, String>> clauses) {

    static OsgiHeader parse(String header) {
        Map<String, Map<String, String>> clauses = new LinkedHashMap<>();
        for (String clause : split(header == null ? "" : header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String part : parts.subList(1, parts.size())) {
                int eq = part.indexOf('=');
                String name = part.substring(0, eq).replace(":", "").trim();
                attributes.put(name, part.substring(eq + 1).replace("\"", "").trim());
            }
            clauses.put(parts.get(0).trim(), attributes);
        }
        return new OsgiHeader(clauses);
    }

    /** Splits on the separator outside double quotes. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        return parts;
    }
}
