package dev.aivoice.camel.ringg;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.validation.FieldValidator;
import org.apache.camel.Message;

/** Which page(s) of a Ringg list the exchange asks for: headers override the endpoint options. */
record PageRequest(int limit, int offset, boolean all) {

    static final int MAX_LIMIT = 100;

    static PageRequest of(Message message, AiVoiceConfiguration options, FieldValidator validator) {
        int limit = intHeader(message, AiVoiceConstants.LIMIT, options.getLimit(), validator);
        int offset = intHeader(message, AiVoiceConstants.OFFSET, options.getOffset(), validator);
        Boolean all = message.getHeader(AiVoiceConstants.PAGE_ALL, Boolean.class);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw validator.invalid("limit", "must be between 1 and " + MAX_LIMIT + " (Ringg's largest page); was "
                                             + limit);
        }
        if (offset < 0) {
            throw validator.invalid("offset", "must be 0 or more; was " + offset);
        }
        return new PageRequest(limit, offset, all != null ? all : options.isPageAll());
    }

    private static int intHeader(Message message, String header, int fallback, FieldValidator validator) {
        Object value = message.getHeader(header);
        if (value == null) {
            return fallback;
        }
        try {
            return message.getHeader(header, Integer.class);
        } catch (RuntimeException notANumber) {
            throw validator.invalid(header, "must be a whole number; was " + FieldValidator.quote(value.toString()));
        }
    }
}
