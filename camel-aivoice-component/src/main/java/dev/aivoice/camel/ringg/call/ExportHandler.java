package dev.aivoice.camel.ringg.call;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.json.Json;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationAction;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationResult;
import dev.aivoice.camel.ringg.RinggAnswers;
import dev.aivoice.camel.ringg.model.RinggExportRequest;
import dev.aivoice.camel.validation.FieldValidator;

/**
 * {@code aivoice:ringg:call?operation=export}: {@code POST /calling/history/download} with the filters as query
 * parameters ({@code agent_id} repeated per agent). Ringg may e-mail the CSV and answer {@code {"message": ...}}:
 * the body is then that message (a String). Or it streams the CSV: the body is then an {@code InputStream} read
 * straight from the connection, never buffered whole, and {@code Content-Type} is set; whoever reads it closes it.
 */
public final class ExportHandler implements OperationAction {

    public static final String PATH = "/calling/history/download";
    public static final List<String> FILTERS = List.of("start_date", "end_date", "agent_id", "status", "include_analysis",
            "call_type", "bulk_list_id", "voicemail", "from_number", "to_number", "call_id", "limit", "offset");
    static final List<String> CALL_TYPES = List.of("outbound", "inbound", "webcall");
    /** Camel's {@code Exchange.CONTENT_TYPE}. */
    static final String CONTENT_TYPE = "Content-Type";
    /** A message answer is a small JSON object; anything larger is not one. */
    static final int MAX_MESSAGE_BYTES = 1_048_576;

    @Override
    public CompletionStage<?> run(BoundRequest bound, OperationContext context) {
        Map<String, Object> query = bound.fields();
        check(query, context.validator());
        var request = context.request("POST", PATH, query)
                .header("Accept", "text/csv, application/json")
                .streamAnswer(true)
                .build();
        return context.send(request).thenApply(response -> answer(response, bound.result(), context));
    }

    private static Object answer(ApiResponse response, OperationResult result, OperationContext context) {
        InputStream raw = response.stream() != null ? response.stream() : new ByteArrayInputStream(response.body());
        BufferedInputStream in = new BufferedInputStream(raw);
        String contentType = response.header("Content-Type").orElse("");
        try {
            if (contentType.toLowerCase().contains("json") || startsWithBrace(in)) {
                return messageOf(in, response.status(), context);
            }
            result.header(CONTENT_TYPE, contentType.isBlank() ? "text/csv" : contentType);
            return in;
        } catch (IOException e) {
            closeQuietly(in);
            throw context.unusableAnswer(response.status(), "an export answer that could not be read", e);
        }
    }

    /** True when the first non-blank byte is '{' (a JSON answer without a JSON content type); the stream is kept. */
    private static boolean startsWithBrace(BufferedInputStream in) throws IOException {
        in.mark(256);
        try {
            for (int i = 0; i < 256; i++) {
                int next = in.read();
                if (next == -1 || !(Character.isWhitespace(next) || next == 0xEF || next == 0xBB || next == 0xBF)) {
                    return next == '{';
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /** The message of a JSON answer ({@code message}, else {@code detail}, else the JSON itself). */
    private static String messageOf(InputStream in, int status, OperationContext context) throws IOException {
        byte[] bytes;
        try (in) {
            bytes = in.readNBytes(MAX_MESSAGE_BYTES + 1);
        }
        if (bytes.length > MAX_MESSAGE_BYTES) {
            throw context.unusableAnswer(status, "a JSON export answer larger than " + MAX_MESSAGE_BYTES + " bytes",
                    null);
        }
        JsonNode answer;
        try {
            answer = Json.mapper().readTree(bytes);
        } catch (IOException notJson) {
            throw context.unusableAnswer(status, "a body that is not JSON", notJson);
        }
        String text = answer == null ? null : RinggAnswers.text(answer, "message");
        if (text == null && answer != null) {
            text = RinggAnswers.text(answer, "detail");
        }
        return context.redact(text != null ? text : String.valueOf(answer));
    }

    private static void check(Map<String, Object> query, FieldValidator validator) {
        for (String date : List.of("start_date", "end_date")) {
            if (query.get(date) != null) {
                query.put(date, date(query.get(date), date, validator));
            }
        }
        Object agents = query.get("agent_id");
        if (agents != null) {
            query.put("agent_id", TerminateHandler.texts(agents, "agent_id", validator));
        }
        oneOf(query, "status", CallHistory.STATUSES, validator);
        oneOf(query, "call_type", CALL_TYPES, validator);
        for (String flag : List.of("include_analysis", "voicemail")) {
            Object value = query.get(flag);
            if (value != null && !(value instanceof Boolean) && !List.of("true", "false").contains(value.toString())) {
                throw validator.invalid(flag, "must be true or false; was " + FieldValidator.quote(value.toString()));
            }
        }
        for (String number : List.of("from_number", "to_number")) {
            if (query.get(number) != null) {
                query.put(number, validator.requireE164(number, query.get(number), "or leave it out"));
            }
        }
        checkInt(query, "limit", 1, validator);
        checkInt(query, "offset", 0, validator);
    }

    /** {@code YYYY-MM-DD} or an ISO date-time with offset (Ringg's history filters use the offset form). */
    private static String date(Object value, String field, FieldValidator validator) {
        if (value instanceof OffsetDateTime time) {
            return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        String text = value instanceof TemporalAccessor ? value.toString() : String.valueOf(value).strip();
        try {
            if (text.length() == 10) {
                LocalDate.parse(text);
            } else {
                OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
            return text;
        } catch (DateTimeParseException e) {
            throw validator.invalid(field, "must be a date YYYY-MM-DD or an ISO-8601 date-time with offset, e.g."
                                           + " 2025-09-25T00:00:00+05:30; was " + FieldValidator.quote(text));
        }
    }

    private static void oneOf(Map<String, Object> query, String field, List<String> values,
                              FieldValidator validator) {
        Object value = query.get(field);
        if (value != null && !values.contains(value.toString())) {
            throw validator.invalid(field, "must be one of " + String.join(", ", values) + "; was "
                                           + FieldValidator.quote(value.toString()));
        }
    }

    private static void checkInt(Map<String, Object> query, String field, int min, FieldValidator validator) {
        Object value = query.get(field);
        if (value == null) {
            return;
        }
        try {
            if (value instanceof Collection<?> || Integer.parseInt(value.toString().strip()) < min) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw validator.invalid(field, "must be a whole number of at least " + min + "; was "
                                           + FieldValidator.quote(value.toString()));
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the answer is being discarded anyway
        }
    }
}
