package dev.aivoice.camel.ringg.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.aivoice.camel.CsvRowsRejectedException;
import dev.aivoice.camel.compliance.RowGate;
import dev.aivoice.camel.ringg.model.InvalidRow;
import dev.aivoice.camel.validation.FieldValidator;
import dev.aivoice.camel.validation.PhoneNumbers;

/**
 * Checks every contact row before anything is uploaded: the {@code Mobile Number} must be E.164 and the row as wide as
 * the header. Also measures the CSV that will be sent, so the upload can announce its exact length.
 */
final class ContactCheck {

    static final String PHONE_COLUMN = "Mobile Number";
    private static final int LISTED_IN_MESSAGE = 20;

    /** What the check found: rows to leave out and the byte length of the CSV of the others. */
    record Result(List<String> header, BitSet invalid, List<InvalidRow> invalidRows, long validRows, long csvBytes) {
    }

    private ContactCheck() {
    }

    /** @param gate issue 16: the compliance gate's rows (do-not-call, calling window at the campaign's start) */
    static Result check(ContactRows contacts, Collection<String> requiredColumns, FieldValidator validator,
                        RowGate gate) {
        List<String> header = contacts.header();
        checkHeader(header, requiredColumns, validator);
        int phone = header.indexOf(PHONE_COLUMN);
        BitSet invalid = new BitSet();
        List<InvalidRow> invalidRows = new ArrayList<>();
        long csvBytes = CsvLine.encode(header).length;
        long valid = 0;
        long row = 0;
        try (ContactRows.Cursor rows = contacts.rows()) {
            while (rows.hasNext()) {
                List<String> values = rows.next();
                row++;
                String problem = problem(values, header.size(), phone);
                if (problem != null) {
                    invalid.set(Math.toIntExact(row));
                    String value = phone < values.size() ? values.get(phone) : "";
                    invalidRows.add(new InvalidRow(row, value, problem));
                } else {
                    valid++;
                    long bytes = CsvLine.encode(values).length;
                    csvBytes += bytes;
                    gate.offer(row, values.get(phone).strip(), bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (row == 0) {
            throw validator.invalid("body", "has no contact rows after the header");
        }
        // issue 16: rows the compliance gate refused are reported and left out like invalid rows
        List<RowGate.Refusal> refused = gate.finish();
        for (RowGate.Refusal refusal : refused) {
            invalid.set(Math.toIntExact(refusal.row()));
            invalidRows.add(new InvalidRow(refusal.row(), refusal.number(), refusal.reason()));
            valid--;
            csvBytes -= refusal.bytes();
        }
        if (!refused.isEmpty()) {
            invalidRows.sort(Comparator.comparingLong(InvalidRow::row));
        }
        return new Result(header, invalid, invalidRows, valid, csvBytes);
    }

    private static String problem(List<String> values, int width, int phone) {
        if (values.size() != width) {
            return "has " + values.size() + " fields, the header has " + width;
        }
        String number = values.get(phone).strip();
        if (number.isEmpty()) {
            return "has no " + PHONE_COLUMN;
        }
        if (!FieldValidator.E164.matcher(number).matches()) {
            return "is not an E.164 number ('+', country code, digits, no spaces or dashes)";
        }
        return PhoneNumbers.problem(number); // issue 16: libphonenumber: a number that can exist
    }

    private static void checkHeader(List<String> header, Collection<String> required, FieldValidator validator) {
        if (!header.contains(PHONE_COLUMN)) {
            throw validator.invalid("body", "needs a '" + PHONE_COLUMN + "' column (Ringg's required column, exact"
                                            + " spelling); columns found: " + header);
        }
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (column.isEmpty()) {
                throw validator.invalid("body", "has a column without a name; columns: " + header);
            }
            if (!seen.add(column)) {
                throw validator.invalid("body", "has the column '" + column + "' twice");
            }
        }
        List<String> missing = required.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw validator.invalid("variables_map", "names columns the contacts do not have: " + missing
                                                     + "; columns found: " + header);
        }
    }

    /** The exception for {@code invalidRows=reject}: lists the first rows in its message, all in the exception. */
    static CsvRowsRejectedException rejected(Result result, FieldValidator validator) {
        List<InvalidRow> rows = result.invalidRows();
        String listed = rows.stream().limit(LISTED_IN_MESSAGE).map(InvalidRow::toString)
                .collect(Collectors.joining("; "));
        String more = rows.size() > LISTED_IN_MESSAGE ? "; and " + (rows.size() - LISTED_IN_MESSAGE) + " more" : "";
        var base = validator.invalid(PHONE_COLUMN, rows.size() + " contact row(s) are invalid, nothing was uploaded ("
                                                   + "set invalidRows=drop to upload the others): " + listed + more);
        return new CsvRowsRejectedException(PHONE_COLUMN, base.getMessage(), base.getError(), rows);
    }
}
