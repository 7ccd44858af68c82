package dev.aivoice.sandbox;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.sandbox.http.ApiError;
import dev.aivoice.sandbox.http.Csv;
import dev.aivoice.sandbox.http.HttpCall;
import dev.aivoice.sandbox.http.Json;
import dev.aivoice.sandbox.http.Multipart;
import dev.aivoice.sandbox.http.RinggStyle;

/**
 * The multipart form of {@code /campaign/save} and {@code /campaign/upload-csv}: checks every documented part and
 * turns the CSV rows into custom variables through {@code variables_map} (§2.9.1).
 */
record CampaignUpload(String agentId, String campaignName, String countryCode, JsonNode callConfig, String startTime,
        String endTime, List<Map<String, String>> rows, int invalidRows, List<String> rowErrors) {

    static final String MOBILE_COLUMN = "Mobile Number";
    private static final List<String> REQUIRED = List.of("file", "agent_id", "campaign_name", "country_code",
            "variables_map", "call_config", "campaign_start_time", "campaign_end_time");
    private static final DateTimeFormatter CAMPAIGN_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");

    static CampaignUpload read(HttpCall call, SandboxState state) {
        Map<String, Multipart.Part> parts = Multipart.parse(call);
        for (String name : REQUIRED) {
            if (!parts.containsKey(name) || parts.get(name).content().length == 0) {
                throw RinggStyle.invalid("body", name, "field required");
            }
        }
        String agentId = parts.get("agent_id").text().trim();
        if (!state.ringgAgents.containsKey(agentId)) {
            throw RinggStyle.notFound("Agent");
        }
        JsonNode variablesMap = jsonPart(parts, "variables_map");
        JsonNode callConfig = jsonPart(parts, "call_config");
        if (!variablesMap.isObject()) {
            throw RinggStyle.invalid("body", "variables_map", "must be a JSON object {variable: column}");
        }
        String start = time(parts, "campaign_start_time");
        String end = time(parts, "campaign_end_time");
        List<List<String>> csv = Csv.parse(parts.get("file").text());
        if (csv.isEmpty() || !csv.get(0).contains(MOBILE_COLUMN)) {
            throw new ApiError(RinggStyle.detail(400, "CSV must have a header row with a 'Mobile Number' column"));
        }
        List<String> header = csv.get(0);
        Map<String, Integer> columns = columns(header, variablesMap);
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 1; i < csv.size(); i++) {
            List<String> line = csv.get(i);
            String mobile = value(line, header.indexOf(MOBILE_COLUMN));
            if (line.size() != header.size() || !PhoneNumbers.isE164(mobile)) {
                errors.add("row " + (i + 1) + ": invalid mobile number '" + mobile + "'");
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            columns.forEach((variable, index) -> row.put(variable, value(line, index)));
            row.put("mobile_number", mobile);
            rows.add(row);
        }
        return new CampaignUpload(agentId, parts.get("campaign_name").text().trim(),
                parts.get("country_code").text().trim(), callConfig, start, end, rows, errors.size(), errors);
    }

    static boolean removeInvalidRows(HttpCall call) {
        Multipart.Part part = Multipart.parse(call).get("remove_invalid_rows");
        return part != null && Boolean.parseBoolean(part.text().trim());
    }

    private static Map<String, Integer> columns(List<String> header, JsonNode variablesMap) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        variablesMap.fields().forEachRemaining(entry -> {
            int index = header.indexOf(entry.getValue().asText());
            if (index < 0) {
                throw new ApiError(RinggStyle.detail(400, "variables_map names column '" + entry.getValue().asText()
                                                          + "' which the CSV header does not have"));
            }
            columns.put(entry.getKey(), index);
        });
        return columns;
    }

    private static JsonNode jsonPart(Map<String, Multipart.Part> parts, String name) {
        JsonNode node = Json.parseOrNull(parts.get(name).content());
        if (node == null) {
            throw RinggStyle.invalid("body", name, "must be a JSON string");
        }
        return node;
    }

    private static String time(Map<String, Multipart.Part> parts, String name) {
        String text = parts.get(name).text().trim();
        try {
            LocalDateTime.parse(text, CAMPAIGN_TIME);
            return text;
        } catch (DateTimeParseException e) {
            throw RinggStyle.invalid("body", name, "expected \"DD/MM/YYYY, HH:MM\", got \"" + text + "\"");
        }
    }

    private static String value(List<String> line, int index) {
        return index >= 0 && index < line.size() ? line.get(index).trim() : "";
    }
}
