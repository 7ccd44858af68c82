package dev.aivoice.camel.ringg.model;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.ringg.RinggAnswers;

/**
 * Ringg's credit check of a large upload ({@code POST /campaign/check-balance/{bulk_list_id}}). The docs show two
 * shapes: {@code {bulk_list_id, required_credits, available_credits, sufficient_balance}} (prose) and
 * {@code {status: "draft", bulk_list_id, message}} (schema); both are read, at the top level or under {@code data}.
 */
public class RinggBalance {

    private final String bulkListId;
    private final Double requiredCredits;
    private final Double availableCredits;
    private final Boolean sufficientBalance;
    private final String status;
    private final String message;

    RinggBalance(JsonNode answer) {
        this.bulkListId = RinggAnswers.text(answer, "bulk_list_id");
        this.requiredCredits = JsonValues.number(RinggAnswers.text(answer, "required_credits"));
        this.availableCredits = JsonValues.number(RinggAnswers.text(answer, "available_credits"));
        String sufficient = RinggAnswers.text(answer, "sufficient_balance");
        this.sufficientBalance = sufficient == null || sufficient.isBlank() ? null
                : Boolean.valueOf(sufficient.strip().equalsIgnoreCase("true"));
        this.status = RinggAnswers.text(answer, "status");
        this.message = RinggAnswers.text(answer, "message");
    }

    public static RinggBalance of(JsonNode answer) {
        return new RinggBalance(answer);
    }

    /**
     * Whether the credits suffice: Ringg's {@code sufficient_balance} when given; else the two figures compared; else
     * (the schema's shape) true unless the status is {@code insufficient_balance} or the message says insufficient.
     */
    public boolean isSufficient() {
        if (sufficientBalance != null) {
            return sufficientBalance;
        }
        if (requiredCredits != null && availableCredits != null) {
            return availableCredits >= requiredCredits;
        }
        return !"insufficient_balance".equalsIgnoreCase(status)
               && (message == null || !message.toLowerCase(Locale.ROOT).contains("insufficient"));
    }

    public String getBulkListId() {
        return bulkListId;
    }

    /** null when Ringg did not say. */
    public Double getRequiredCredits() {
        return requiredCredits;
    }

    /** null when Ringg did not say. */
    public Double getAvailableCredits() {
        return availableCredits;
    }

    /** Ringg's own verdict, null when it gave none. */
    public Boolean getSufficientBalance() {
        return sufficientBalance;
    }

    public String getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return "RinggBalance[" + bulkListId + ", required=" + requiredCredits + ", available=" + availableCredits
               + ", sufficient=" + isSufficient() + "]";
    }
}
