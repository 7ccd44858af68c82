package dev.aivoice.camel.ringg.campaign;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes one CSV record (quoted where needed, CRLF-terminated) as UTF-8. */
final class CsvLine {

    private CsvLine() {
    }

    static byte[] encode(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = values.get(i) == null ? "" : values.get(i);
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
