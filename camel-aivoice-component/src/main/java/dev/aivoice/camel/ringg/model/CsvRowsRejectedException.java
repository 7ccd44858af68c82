package dev.aivoice.camel.ringg.model;

import java.util.List;

import dev.aivoice.camel.AiVoiceError;
import dev.aivoice.camel.AiVoiceValidationException;

/** Contact rows were found invalid before the upload ({@code invalidRows=reject}); nothing was sent. */
public class CsvRowsRejectedException extends AiVoiceValidationException {

    /** Ringg's required contact column, the field every rejected row is about. */
    public static final String PHONE_COLUMN = "Mobile Number";

    private final transient List<InvalidRow> invalidRows;

    public CsvRowsRejectedException(String message, AiVoiceError error, List<InvalidRow> invalidRows) {
        super(PHONE_COLUMN, message, error);
        this.invalidRows = List.copyOf(invalidRows);
    }

    /** Every invalid row, in file order. */
    public List<InvalidRow> getInvalidRows() {
        return invalidRows;
    }
}
