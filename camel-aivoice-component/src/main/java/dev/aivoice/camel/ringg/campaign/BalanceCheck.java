package dev.aivoice.camel.ringg.campaign;

import java.util.concurrent.CompletableFuture;

import dev.aivoice.camel.AiVoiceError;
import dev.aivoice.camel.AiVoicePaymentRequiredException;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.ringg.model.RinggBalance;
import dev.aivoice.camel.validation.PathSegments;

/**
 * Ringg's credit check of a large upload, {@code POST /campaign/check-balance/{bulk_list_id}} (no body): the
 * {@code checkBalance} operation, and the guard {@code bulkStart} runs first with {@code checkBalance=true}.
 */
final class BalanceCheck {

    public static final String PATH = "/campaign/check-balance/";

    private BalanceCheck() {
    }

    static CompletableFuture<RinggBalance> ask(OperationContext context, String listId) {
        String path = PATH + PathSegments.of(context.validator(), "bulk_list_id", listId);
        var request = context.request("POST", path, null).build();
        return context.sendForJson(request).thenApply(RinggBalance::of);
    }

    /** The balance when it suffices; else the refusal, carrying both figures, before anything is dialled. */
    static RinggBalance require(RinggBalance balance, String listId, OperationContext context) {
        if (balance.isSufficient()) {
            return balance;
        }
        AiVoiceError error = context.error(0, null, balance.getMessage(), null);
        throw new AiVoicePaymentRequiredException(context.describe() + " refused before dialling: Ringg's credit check"
                                                  + " of list " + listId + " says the balance is insufficient"
                                                  + " (required " + figure(balance.getRequiredCredits())
                                                  + ", available " + figure(balance.getAvailableCredits())
                                                  + " credits); nothing was started",
                error, balance.getRequiredCredits(), balance.getAvailableCredits());
    }

    private static String figure(Double credits) {
        return credits == null ? "not stated" : String.valueOf(credits);
    }
}
