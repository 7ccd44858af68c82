package dev.aivoice.camel.ringg;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationField;
import dev.aivoice.camel.validation.FieldValidator;

import static dev.aivoice.camel.provider.OperationField.field;

/** Which page(s) of a Ringg list the exchange asks for: headers override the endpoint options. */
record PageRequest(int limit, int offset, boolean all) {

    static final int MAX_LIMIT = 100;

    /** The paging fields every Ringg list binds. */
    static final OperationField[] FIELDS = {
            field("limit").header(AiVoiceConstants.LIMIT, Integer.class).option(AiVoiceConfiguration::getLimit),
            field("offset").header(AiVoiceConstants.OFFSET, Integer.class).option(AiVoiceConfiguration::getOffset),
            field("page_all").header(AiVoiceConstants.PAGE_ALL, Boolean.class).option(AiVoiceConfiguration::isPageAll)
    };

    static PageRequest of(BoundRequest request, FieldValidator validator) {
        int limit = (Integer) request.get("limit");
        int offset = (Integer) request.get("offset");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw validator.invalid("limit", "must be between 1 and " + MAX_LIMIT + " (Ringg's largest page); was "
                                             + limit);
        }
        if (offset < 0) {
            throw validator.invalid("offset", "must be 0 or more; was " + offset);
        }
        return new PageRequest(limit, offset, (Boolean) request.get("page_all"));
    }
}
