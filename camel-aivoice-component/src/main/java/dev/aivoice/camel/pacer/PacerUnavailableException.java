package dev.aivoice.camel.pacer;

import java.util.concurrent.RejectedExecutionException;

/**
 * A {@link Pacer} could not reserve a send slot (e.g. its database is unreachable), so the request was not sent: it
 * is never sent unpaced. The route sees an {@link dev.aivoice.camel.AiVoiceConnectionException} with
 * {@code isRequestMayHaveReachedProvider() == false} whose cause is this exception.
 */
public class PacerUnavailableException extends RejectedExecutionException {

    public PacerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
