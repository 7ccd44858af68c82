package dev.aivoice.camel.provider;

import java.time.Duration;

import dev.aivoice.camel.AiVoiceAuthenticationException;
import dev.aivoice.camel.AiVoiceError;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.AiVoiceInvalidRequestException;
import dev.aivoice.camel.AiVoiceNotFoundException;
import dev.aivoice.camel.AiVoicePaymentRequiredException;
import dev.aivoice.camel.AiVoiceRateLimitException;
import dev.aivoice.camel.AiVoiceServerException;

/** The exception classes of the design page, chosen by a kind of failure or by HTTP status. */
public final class ErrorTypes {

    /** The kinds of provider errors the component distinguishes. */
    public enum Kind {
        INVALID_REQUEST, AUTHENTICATION, PAYMENT_REQUIRED, NOT_FOUND, RATE_LIMIT, SERVER, OTHER;

        /** The kind an HTTP status means when the body says nothing more precise. */
        public static Kind ofStatus(int status) {
            return switch (status) {
                case 400, 422 -> INVALID_REQUEST;
                case 401, 403 -> AUTHENTICATION;
                case 402 -> PAYMENT_REQUIRED;
                case 404 -> NOT_FOUND;
                case 429 -> RATE_LIMIT;
                default -> status >= 500 && status < 600 ? SERVER : OTHER;
            };
        }
    }

    private ErrorTypes() {
    }

    /**
     * The exception for a provider error, with a message of the form
     * {@code ringly call/create failed: HTTP 404, Cannot find requested asset}.
     */
    public static AiVoiceException create(
            Kind kind, OperationContext context, int status, String code, String providerMessage, Duration retryAfter) {
        AiVoiceError error = context.error(status, code, providerMessage, retryAfter);
        StringBuilder message = new StringBuilder(context.describe()).append(" failed: HTTP ").append(status);
        if (error.errorCode() != null) {
            message.append(" [").append(error.errorCode()).append(']');
        }
        if (error.providerMessage() != null && !error.providerMessage().isBlank()) {
            message.append(", ").append(error.providerMessage());
        }
        if (retryAfter != null) {
            message.append(" (retry after ").append(retryAfter.toSeconds()).append("s)");
        }
        String text = message.toString();
        return switch (kind) {
            case INVALID_REQUEST -> new AiVoiceInvalidRequestException(text, error);
            case AUTHENTICATION -> new AiVoiceAuthenticationException(text, error);
            case PAYMENT_REQUIRED -> new AiVoicePaymentRequiredException(text, error);
            case NOT_FOUND -> new AiVoiceNotFoundException(text, error);
            case RATE_LIMIT -> new AiVoiceRateLimitException(text, error);
            case SERVER -> new AiVoiceServerException(text, error);
            case OTHER -> new AiVoiceException(text, error);
        };
    }
}
