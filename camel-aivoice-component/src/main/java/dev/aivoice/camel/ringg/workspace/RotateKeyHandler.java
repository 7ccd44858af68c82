package dev.aivoice.camel.ringg.workspace;

import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ConnectionFailures;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationAction;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.ringg.RinggAnswers;
import dev.aivoice.camel.ringg.model.RinggRotatedKey;

/**
 * {@code aivoice:ringg:workspace?operation=rotateKey}: {@code PATCH /workspace/api-key}, no body; Ringg answers
 * {@code {"new_api_key": "..."}} and the old key dies at once. The body becomes a {@link RinggRotatedKey}. With
 * {@code applyRotatedKey=true} the account's shared key (see {@link dev.aivoice.camel.keys.AccountKey}) is swapped:
 * the rotation waits for the requests holding the old key, holds back new ones while it is out, and they then go out
 * with the new key.
 */
public final class RotateKeyHandler implements OperationAction {

    public static final String PATH = "/workspace/api-key";

    @Override
    public CompletionStage<?> run(BoundRequest bound, OperationContext context) {
        ApiRequest request = context.request("PATCH", PATH, null).build();
        boolean apply = context.configuration().isApplyRotatedKey();
        return context.accountKey().rotate(request, () -> context.sendForJson(request)
                .thenApply(answer -> newKey(answer, context)), apply)
                .handle((newKey, failure) -> {
                    if (failure != null) {
                        throw warnedAbout(ConnectionFailures.unwrap(failure));
                    }
                    return new RinggRotatedKey(newKey, apply);
                });
    }

    /** {@code new_api_key}, at the top level or under {@code data}; {@code api_key} as a fallback. */
    private static String newKey(JsonNode answer, OperationContext context) {
        String key = RinggAnswers.text(answer, "new_api_key");
        if (key == null || key.isBlank()) {
            key = RinggAnswers.text(answer, "api_key");
        }
        if (key == null || key.isBlank()) {
            throw context.unusableAnswer(200, "no new_api_key in the answer; the old key may no longer work: read"
                                              + " the current key in Ringg's dashboard", null);
        }
        return key.strip();
    }

    /** A rotation that may have happened without its answer leaves the old key possibly dead: say so. */
    private static RuntimeException warnedAbout(Throwable failure) {
        if (failure instanceof AiVoiceConnectionException connection && connection.isRequestMayHaveReachedProvider()) {
            connection.addDetail("the key may have been rotated: if the old key is refused, read the current one in"
                                 + " Ringg's dashboard");
        }
        return failure instanceof RuntimeException runtime ? runtime
                : new java.util.concurrent.CompletionException(failure);
    }
}
