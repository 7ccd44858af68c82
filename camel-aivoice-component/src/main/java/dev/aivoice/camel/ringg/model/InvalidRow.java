package dev.aivoice.camel.ringg.model;

/**
 * A contact row that cannot be uploaded.
 *
 * @param row    the data row: 1 is the first row after the header (the first element of a list body)
 * @param value  the offending value (the {@code Mobile Number}), as found
 * @param reason what is wrong with it
 */
public record InvalidRow(long row, String value, String reason) {

    @Override
    public String toString() {
        return "row " + row + ": '" + value + "' " + reason;
    }
}
