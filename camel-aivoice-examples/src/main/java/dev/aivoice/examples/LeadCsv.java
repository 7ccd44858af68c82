package dev.aivoice.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.aivoice.sandbox.http.Csv;

/**
 * Reads the CRM export ({@code Lead ID,Name,Phone,Company}, any column order, header names case-insensitive) and
 * writes the contact list of a Ringg campaign ({@code Mobile Number} is the column Ringg requires).
 */
public final class LeadCsv {

    static final String CAMPAIGN_HEADER = "Mobile Number,Name,Lead ID,Company";

    /** Every data row becomes a lead, bad phone numbers included: they are reported, not lost. */
    public List<Lead> read(String csv) {
        List<List<String>> rows = Csv.parse(csv);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int id = column(header, "lead id");
        int name = column(header, "name");
        int phone = column(header, "phone");
        int company = header.indexOf("company");
        List<Lead> leads = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            leads.add(new Lead(cell(row, id), cell(row, name), cell(row, phone), cell(row, company)));
        }
        return leads;
    }

    /** The campaign contact list: one row per lead, quoted where needed. */
    public String campaignCsv(List<Lead> leads) {
        StringBuilder csv = new StringBuilder(CAMPAIGN_HEADER).append("\r\n");
        for (Lead lead : leads) {
            csv.append(quote(lead.phone())).append(',').append(quote(lead.name())).append(',')
                    .append(quote(lead.id())).append(',').append(quote(lead.company())).append("\r\n");
        }
        return csv.toString();
    }

    static String quote(String value) {
        String text = value == null ? "" : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("The CRM export has no '" + name + "' column; its header is " + header);
        }
        return index;
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index).trim() : "";
    }
}
