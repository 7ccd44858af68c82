package dev.aivoice.examples;

/** What became of one lead: the line written to the outcome file. */
public record LeadOutcome(Lead lead, String status, Double durationSeconds, String summary, String recordingUrl,
        String detail) {

    static final String HEADER = "lead_id,name,phone,status,duration_seconds,summary,recording_url,detail";

    static LeadOutcome of(Lead lead, String status, String detail) {
        return new LeadOutcome(lead, status, null, null, null, detail);
    }

    String csvLine() {
        return String.join(",", LeadCsv.quote(lead.id()), LeadCsv.quote(lead.name()), LeadCsv.quote(lead.phone()),
                LeadCsv.quote(status), durationSeconds == null ? "" : String.valueOf(durationSeconds),
                LeadCsv.quote(summary), LeadCsv.quote(recordingUrl), LeadCsv.quote(detail));
    }
}
