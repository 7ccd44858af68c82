package dev.aivoice.camel.ringg.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.http.ConnectionFailures;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationResult;
import dev.aivoice.camel.ringg.RinggAnswers;
import dev.aivoice.camel.ringg.model.RinggTerminated;

/**
 * Sends the requests of one terminate (at most 100 numbers each) one after the other. The numbers of the requests
 * Ringg accepted go into {@code CamelAiVoiceTerminatedNumbers}; when one fails, the later ones are not sent and the
 * exception says which requests were applied, which failed and which were not sent, so the rest can be sent again.
 */
final class TerminateChunks {

    static final int MAX_NUMBERS = 100;

    private TerminateChunks() {
    }

    /** One body per 100 numbers, each repeating {@code common}; just {@code common} when there are no numbers. */
    static List<Map<String, Object>> bodies(Map<String, Object> common, List<String> numbers) {
        List<Map<String, Object>> bodies = new ArrayList<>();
        if (numbers.isEmpty()) {
            bodies.add(common);
        }
        for (int from = 0; from < numbers.size(); from += MAX_NUMBERS) {
            Map<String, Object> body = new java.util.LinkedHashMap<>(common);
            body.put("mobile_numbers", numbers.subList(from, Math.min(numbers.size(), from + MAX_NUMBERS)));
            bodies.add(body);
        }
        return bodies;
    }

    static CompletableFuture<RinggTerminated> send(OperationContext context, String path,
                                                   List<Map<String, Object>> bodies, int distinctNumbers,
                                                   OperationResult result) {
        List<String> messages = new ArrayList<>();
        List<String> terminated = new ArrayList<>();
        result.header(AiVoiceConstants.TERMINATED_NUMBERS, terminated);
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int i = 0; i < bodies.size(); i++) {
            Map<String, Object> body = bodies.get(i);
            int number = i + 1;
            chain = chain.thenCompose(done -> context.sendForJson(context.jsonRequest("PATCH", path, body).build())
                    .exceptionally(failure -> {
                        throw report(ConnectionFailures.unwrap(failure), number, bodies.size(), terminated.size());
                    }))
                    .thenAccept(answer -> {
                        String text = RinggAnswers.text(answer, "message");
                        if (text != null) {
                            messages.add(text);
                        }
                        if (body.get("mobile_numbers") instanceof List<?> sent) {
                            sent.forEach(item -> terminated.add(item.toString()));
                        }
                    });
        }
        return chain.thenApply(done -> new RinggTerminated(bodies.size(), distinctNumbers, messages));
    }

    private static RuntimeException report(Throwable failure, int failed, int requests, int numbersApplied) {
        if (failure instanceof AiVoiceException error && requests > 1) {
            error.addDetail("terminate request " + failed + " of " + requests + " failed; "
                            + (failed == 1 ? "none applied before it"
                                    : "requests 1-" + (failed - 1) + " applied (" + numbersApplied + " numbers, see "
                                      + AiVoiceConstants.TERMINATED_NUMBERS + ")")
                            + (failed == requests ? "" : "; requests " + (failed + 1) + "-" + requests + " not sent"));
        }
        return failure instanceof RuntimeException runtime ? runtime : new CompletionException(failure);
    }
}
