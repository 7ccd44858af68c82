package dev.aivoice.camel;

import java.util.List;

import dev.aivoice.camel.ringg.model.InvalidRow;

/** Ringg contact rows were found invalid before the upload ({@code invalidRows=reject}); nothing was sent. */
public class CsvRowsRejectedException extends AiVoiceValidationException {

    private final transient List<InvalidRow> invalidRows;

    public CsvRowsRejectedException(String field, String message, AiVoiceError error, List<InvalidRow> invalidRows) {
        super(field, message, error);
        this.invalidRows = List.copyOf(invalidRows);
    }

    /** Every invalid row, in file order. */
    public List<InvalidRow> getInvalidRows() {
        return invalidRows;
    }
}
