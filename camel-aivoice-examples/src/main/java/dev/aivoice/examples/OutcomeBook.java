package dev.aivoice.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceComplianceException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.CallStatus;
import dev.aivoice.camel.ringg.model.InvalidRow;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;

/**
 * Keeps the books of one run: every lead read gets exactly one outcome line (rejected, failed, registered,
 * completed...), printed as a progress line and appended to the outcome file. When the last one is in, the run is
 * done. Bean methods are called by the routes (Java and YAML alike) by name.
 */
public final class OutcomeBook implements AutoCloseable {

    private final Path file;
    private final PrintStream console;
    private final Runnable whenDone;
    private final BufferedWriter writer;
    private final long started = System.nanoTime();
    private final Map<String, Lead> awaitingEvents = new LinkedHashMap<>();
    private final Map<String, Integer> byStatus = new LinkedHashMap<>();
    private int expected;
    private int recorded;

    public OutcomeBook(Path file, PrintStream console, Runnable whenDone) {
        this.file = file;
        this.console = console;
        this.whenDone = whenDone;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            writer.write(LeadOutcome.HEADER);
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the outcome file " + file, e);
        }
    }

    /** Counts the leads of an export; rejects those that cannot be dialled and returns the others. */
    public List<Lead> expect(List<Lead> leads) {
        synchronized (this) {
            expected += leads.size();
        }
        console.printf("Read %d leads%n", leads.size());
        List<Lead> dialable = new ArrayList<>();
        for (Lead lead : leads) {
            if (lead.hasDialablePhone()) {
                dialable.add(lead);
            } else {
                record(LeadOutcome.of(lead, "rejected", "phone '" + lead.phone()
                                                        + "' is not E.164 (+, country code, up to 15 digits)"));
            }
        }
        return dialable;
    }

    /** The export could not be read (or dialling failed as a whole): say so, and end the run if nothing is pending. */
    public void exportFailed(@Header(Exchange.FILE_NAME) String fileName,
                             @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception e) {
        console.println("Cannot process CRM export " + fileName + ": " + e.getMessage());
        boolean done;
        synchronized (this) {
            done = recorded == expected && awaitingEvents.isEmpty();
        }
        if (done) {
            whenDone.run();
        }
    }

    /** The component refused the lead before sending anything (AiVoiceValidationException). */
    public void rejected(@ExchangeProperty("lead") Lead lead, @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception e) {
        if (e instanceof AiVoiceComplianceException refused) {
            // the compliance gate: do not call, or outside the recipient's calling window
            record(LeadOutcome.of(lead, "rejected", refused.getReason() + (refused.getNextAllowedTime() == null ? ""
                    : "; allowed from " + refused.getNextAllowedTime())));
            return;
        }
        record(LeadOutcome.of(lead, "rejected", e.getMessage()));
    }

    /**
     * Ringg: the campaign rows the component left out (invalidRows=drop): the compliance gate's (do not call,
     * outside calling window) and any other invalid row; no event will come for them.
     */
    public void campaignRowsRefused(@ExchangeProperty("campaignLeads") List<Lead> sent,
                                    @Header(AiVoiceConstants.INVALID_ROWS) List<InvalidRow> refused) {
        if (refused == null) {
            return;
        }
        List<LeadOutcome> outcomes = new ArrayList<>();
        synchronized (this) {
            for (InvalidRow row : refused) {
                Lead lead = sent.get(Math.toIntExact(row.row()) - 1);
                awaitingEvents.remove(lead.phone());
                outcomes.add(LeadOutcome.of(lead, "rejected", row.reason()));
            }
        }
        outcomes.forEach(this::record);
    }

    /** The provider refused or could not be reached. */
    public void failed(@ExchangeProperty("lead") Lead lead, @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception e) {
        record(LeadOutcome.of(lead, "error", e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    /** Ringly: the call is registered; Ringly's API reports nothing after that. */
    public void registered(@ExchangeProperty("lead") Lead lead, @Header(AiVoiceConstants.CALL_STATUS) String status) {
        record(LeadOutcome.of(lead, status == null ? "registered" : status,
                "Ringly reports no call result through its API; see the Ringly dashboard"));
    }

    /**
     * Ringg: these leads' outcomes will arrive as webhook events, matched by phone number; returns the leads to
     * dial. A second lead with the same number is rejected (one call per number).
     */
    public List<Lead> awaitEvents(List<Lead> leads) {
        List<Lead> toDial = new ArrayList<>();
        List<LeadOutcome> duplicates = new ArrayList<>();
        synchronized (this) {
            for (Lead lead : leads) {
                Lead first = awaitingEvents.putIfAbsent(lead.phone(), lead);
                if (first == null) {
                    toDial.add(lead);
                } else {
                    duplicates.add(LeadOutcome.of(lead, "rejected", "same phone as lead " + first.id()));
                }
            }
        }
        duplicates.forEach(this::record);
        return toDial;
    }

    /** Ringg: the campaign could not be launched, so no event will come for its leads. */
    public void campaignFailed(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception e) {
        List<Lead> leads;
        synchronized (this) {
            leads = new ArrayList<>(awaitingEvents.values());
            awaitingEvents.clear();
        }
        leads.forEach(lead -> record(LeadOutcome.of(lead, "error", "campaign not launched: " + e.getMessage())));
    }

    /**
     * Ringg: a call reached its final state; false when no lead waits for it (a duplicate or a stranger). The lead is
     * the one whose id came back as the correlation id, else the one with that number.
     */
    public boolean callEnded(String leadId, String phone, String status, Double durationSeconds, String summary,
                             String recordingUrl, String detail) {
        Lead lead;
        synchronized (this) {
            String key = leadId == null ? phone : awaitingEvents.entrySet().stream()
                    .filter(waiting -> waiting.getValue().id().equals(leadId)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            lead = key == null ? null : awaitingEvents.remove(key);
        }
        if (lead == null) {
            return false;
        }
        record(new LeadOutcome(lead, status, durationSeconds, summary, recordingUrl, detail));
        return true;
    }

    /**
     * Ringg: an event from aivoice:ringg:events. A call's outcome is final with {@code all_processing_completed}
     * (status, duration, summary, recording), or with a {@code call_completed} that has no retry left.
     */
    public void callEvent(@Body CallEvent event, @Header(AiVoiceConstants.CORRELATION_ID) String leadId,
                          @Header(AiVoiceConstants.EVENT_SOURCE) String source) {
        boolean processed = "all_processing_completed".equals(event.getEventType());
        boolean gaveUp = "call_completed".equals(event.getEventType()) && event.getCallStatus() != CallStatus.COMPLETED
                         && event.getCallStatus() != CallStatus.RETRY;
        if (processed || gaveUp) {
            Object summary = event.getPlatformAnalysis().getOrDefault("summary", event.getAnalysis().get("summary"));
            int attempts = event.getAttempt() == null ? 1 : event.getAttempt() + 1;
            String detail = (gaveUp ? "not connected; attempts: " + attempts + "; " : "")
                            + "correlation id " + leadId + " via " + source;
            callEnded(leadId, event.getToNumber(), event.getStatus(), event.getDurationSeconds(),
                    summary == null ? null : summary.toString(), event.getRecordingUrl(), detail);
        }
    }

    private void record(LeadOutcome outcome) {
        boolean done;
        synchronized (this) {
            recorded++;
            byStatus.merge(outcome.status(), 1, Integer::sum);
            try {
                writer.write(outcome.csvLine());
                writer.newLine();
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the outcome file " + file, e);
            }
            console.println(progressLine(outcome));
            done = recorded == expected;
        }
        if (done) {
            whenDone.run();
        }
    }

    private String progressLine(LeadOutcome outcome) {
        String width = String.valueOf(expected).length() + "";
        String detail = outcome.detail() == null ? "" : outcome.detail();
        String text = outcome.summary() == null ? detail
                : outcome.summary() + (detail.isEmpty() ? "" : " (" + detail + ")");
        return String.format("[%" + width + "d/%d] %-7s %-18s %-16s %-10s %5s  %s", recorded, expected,
                outcome.lead().id(), outcome.lead().name(), outcome.lead().phone(), outcome.status(),
                outcome.durationSeconds() == null ? "" : Math.round(outcome.durationSeconds()) + "s", text);
    }

    public synchronized JobSummary summary() {
        return new JobSummary(expected, recorded, new LinkedHashMap<>(byStatus),
                Duration.ofNanos(System.nanoTime() - started), file);
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
