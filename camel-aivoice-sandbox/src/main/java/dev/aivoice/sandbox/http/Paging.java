package dev.aivoice.sandbox.http;

import java.util.List;

/** Ringg's {@code limit}/{@code offset} paging: default 10 (the spec's declared default), at most 100. */
public record Paging(int limit, int offset) {

    public static Paging of(HttpCall call) {
        int limit = call.queryInt("limit", 10);
        int offset = call.queryInt("offset", 0);
        if (limit < 1 || limit > 100) {
            throw RinggStyle.invalid("query", "limit", "ensure this value is between 1 and 100");
        }
        if (offset < 0) {
            throw RinggStyle.invalid("query", "offset", "ensure this value is greater than or equal to 0");
        }
        return new Paging(limit, offset);
    }

    public <T> List<T> slice(List<T> all) {
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList(offset, Math.min(all.size(), offset + limit));
    }
}
