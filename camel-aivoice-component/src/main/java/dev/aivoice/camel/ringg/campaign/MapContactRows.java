package dev.aivoice.camel.ringg.campaign;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aivoice.camel.validation.FieldValidator;

/** Maps keyed by column name; the columns are every key, in first-seen order. */
final class MapContactRows extends ContactRows {
    private final List<?> rows;
    private final List<String> header;

    MapContactRows(List<?> rows, FieldValidator validator) {
        this.rows = rows;
        Set<String> columns = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!(rows.get(i) instanceof Map<?, ?> map)) {
                throw validator.invalid("body[" + i + "]", "must be a Map of column name to value; was "
                                                           + (rows.get(i) == null ? "null"
                                                                   : rows.get(i).getClass().getSimpleName()));
            }
            map.keySet().forEach(key -> columns.add(String.valueOf(key).strip()));
        }
        this.header = List.copyOf(columns);
    }

    @Override
    List<String> header() {
        return header;
    }

    @Override
    String fileName() {
        return "contacts.csv";
    }

    @Override
    Cursor rows() {
        Iterator<?> items = rows.iterator();
        return new Cursor() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public List<String> next() {
                Map<?, ?> map = (Map<?, ?>) items.next();
                List<String> row = new ArrayList<>(header.size());
                for (String column : header) {
                    Object value = map.containsKey(column) ? map.get(column) : lookupTrimmed(map, column);
                    row.add(value == null ? "" : value.toString());
                }
                return row;
            }

            @Override
            public void close() {
            }
        };
    }

    private static Object lookupTrimmed(Map<?, ?> map, String column) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (String.valueOf(entry.getKey()).strip().equals(column)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
