package dev.aivoice.camel.ringg.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceEndpoint;
import dev.aivoice.camel.events.Backfill;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.CallStatus;
import dev.aivoice.camel.events.WatermarkMarks;
import dev.aivoice.camel.json.Json;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.ringg.model.RinggCall;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ringg backfill: reads the call history created since the watermark (lazily, one page of 100 at a time), and for
 * each call in a final state whose outcome was not routed yet, once it has been final for the grace period (seen
 * final by an earlier round at least that long ago: the webhook had its chance, and Ringg's processing is done),
 * reads its details ({@code custom_args_values}, so the
 * correlation id comes back too) and routes them as the consumer's outcome event ({@code all_processing_completed}
 * or {@code call_completed}, with the analysis when Ringg has it). The new watermark is the
 * creation time of the oldest call still running or waiting for its grace, else the start of the round minus a
 * minute; never older than {@link WatermarkMarks#LOOKBACK}. Memory: one page, and the ids of final calls in their
 * grace period.
 */
final class HistoryBackfill implements Backfill {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryBackfill.class);
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final Duration OVERLAP = Duration.ofMinutes(1);
    private static final int PAGE = 100;
    /** Ringg's call details ({@code aivoice:ringg:call?operation=get}), read as JSON for its every field. */
    private static final String CALL_DETAILS = "/calling/call-details";

    private final AiVoiceEndpoint endpoint;
    private final Delivery delivery;
    private final String eventType;
    private final long graceNanos;
    /** Final calls not routed yet: when a round first saw them final (System.nanoTime). */
    private Map<String, Long> pending = new HashMap<>();
    private final WatermarkMarks marks;
    private final Clock clock;
    private final CallEventParser parser;
    private volatile Instant watermark;
    private volatile long routed;

    /**
     * @param eventType the type the outcomes are routed as (the consumer's outcome event)
     * @param grace     how long a call must have been final before the history routes it
     */
    HistoryBackfill(AiVoiceEndpoint endpoint, Delivery delivery, String eventType, Duration grace,
                           WatermarkMarks marks, Clock clock) {
        this.endpoint = endpoint;
        this.delivery = delivery;
        this.eventType = eventType;
        this.graceNanos = grace.toNanos();
        this.marks = marks;
        this.clock = clock;
        this.parser = new CallEventParser(endpoint.getProvider());
        Instant now = clock.instant();
        Instant stored = marks.load(now);
        // nothing stored (first start, or a memory repository): outcomes before this start are not ours to route
        this.watermark = stored != null ? stored : now.minus(OVERLAP);
    }

    @Override
    public void poll() throws Exception {
        Instant started = clock.instant();
        Instant since = watermark;
        Instant oldestRunning = null;
        int found = 0;
        long now = System.nanoTime();
        Map<String, Long> stillPending = new HashMap<>();
        boolean complete = false;
        try {
            Iterator<RinggCall> calls = history(since);
            while (calls.hasNext()) {
                RinggCall call = calls.next();
                CallStatus status = CallStatus.of(call.getStatus());
                boolean done = status != null && status.isFinal() && call.getCallId() != null;
                if (done && delivery.alreadyRouted(call.getCallId())) {
                    continue;
                }
                long finalSince = done ? pending.getOrDefault(call.getCallId(), now) : now;
                if (done && now - finalSince >= graceNanos) {
                    found += routeOutcome(call) ? 1 : 0;
                    continue;
                }
                if (done) {
                    stillPending.put(call.getCallId(), finalSince);
                }
                if (call.getCreatedAt() != null) {
                    Instant created = call.getCreatedAt().toInstant();
                    oldestRunning = oldestRunning == null || created.isBefore(oldestRunning) ? created : oldestRunning;
                }
            }
            complete = true;
        } finally {
            if (!complete) {
                // a failed round keeps what the earlier rounds saw (a routed call is skipped by alreadyRouted anyway)
                pending.forEach(stillPending::putIfAbsent);
            }
            pending = stillPending;
        }
        Instant next = started.minus(OVERLAP);
        if (oldestRunning != null && oldestRunning.isBefore(next)) {
            next = oldestRunning;
        }
        Instant floor = started.minus(WatermarkMarks.LOOKBACK);
        watermark = next.isBefore(floor) ? floor : next;
        marks.save(watermark);
        if (found > 0) {
            LOG.info("aivoice ringg backfill: routed {} call outcome{} the webhook never delivered (history since {})",
                    found, found == 1 ? "" : "s", since);
        }
    }

    /** Routes the call's outcome unless already routed; true when routed now. */
    private boolean routeOutcome(RinggCall call) throws Exception {
        CallEvent event = parser.parse(Json.mapper().writeValueAsBytes(eventOf(call, details(call.getCallId()), eventType)));
        boolean now = delivery.route(event);
        if (now) {
            routed++;
        }
        return now;
    }

    @SuppressWarnings("unchecked")
    private Iterator<RinggCall> history(Instant since) throws Exception {
        Exchange exchange = endpoint.createExchange();
        exchange.getMessage().setBody(Map.of("start_date", WITH_OFFSET.format(since.atOffset(ZoneOffset.UTC))));
        exchange.getMessage().setHeader(AiVoiceConstants.PAGE_ALL, true);
        exchange.getMessage().setHeader(AiVoiceConstants.LIMIT, PAGE);
        exchange.getMessage().setHeader(AiVoiceConstants.OFFSET, 0);
        run(exchange, "history");
        return (Iterator<RinggCall>) exchange.getMessage().getBody(Iterator.class);
    }

    /** The call's details as Ringg answers them ({@code data}), with the variables the call was placed with. */
    private JsonNode details(String callId) throws Exception {
        OperationContext context = endpoint.operationContext("call", "get");
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", callId);
        query.put("send_analysis", true);
        JsonNode answer = context.sendForJson(context.request("GET", CALL_DETAILS, query).build())
                .get(timeoutMillis(), TimeUnit.MILLISECONDS);
        JsonNode data = answer.get("data");
        return data != null && data.isObject() ? data : answer;
    }

    /** An event body from the details, the history row filling what they lack. */
    static ObjectNode eventOf(RinggCall call, JsonNode details, String eventType) {
        ObjectNode event = details.isObject() ? ((ObjectNode) details).deepCopy() : Json.mapper().createObjectNode();
        event.put("event_type", eventType);
        event.put("call_id", call.getCallId());
        event.put("status", call.getStatus());
        if (!event.hasNonNull("transcript") && event.hasNonNull("transcription_url")) {
            event.set("transcript", event.get("transcription_url"));
        }
        putIfAbsent(event, "to_number", call.getToNumber());
        putIfAbsent(event, "recording_url", call.getRecordingUrl());
        putIfAbsent(event, "bulk_list_id", call.getBulkListId());
        if (!event.hasNonNull("call_duration") && call.getDurationSeconds() != null) {
            event.put("call_duration", call.getDurationSeconds());
        }
        if (!event.hasNonNull("call_cost") && call.getCost() != null) {
            event.put("call_cost", call.getCost());
        }
        return event;
    }

    private static void putIfAbsent(ObjectNode event, String field, String value) {
        if (!event.hasNonNull(field) && value != null) {
            event.put(field, value);
        }
    }

    private void run(Exchange exchange, String operation) throws Exception {
        endpoint.getProviderSpi().handler("call", operation)
                .handle(exchange, endpoint.operationContext("call", operation))
                .toCompletableFuture().get(timeoutMillis(), TimeUnit.MILLISECONDS);
    }

    private long timeoutMillis() {
        return endpoint.getConfiguration().getRequestTimeout() + 5_000;
    }

    @Override
    public Instant watermark() {
        return watermark;
    }

    @Override
    public long routed() {
        return routed;
    }
}
