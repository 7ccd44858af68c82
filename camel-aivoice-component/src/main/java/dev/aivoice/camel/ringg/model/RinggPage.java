package dev.aivoice.camel.ringg.model;

import java.util.List;

/**
 * One page of a Ringg list.
 *
 * @param items  the page's items
 * @param offset the offset that was asked for
 * @param limit  the page size that was asked for
 * @param total  the total Ringg reports, or null when it does not say (e.g. {@code "many"})
 */
public record RinggPage<T>(List<T> items, int offset, int limit, Long total) {

    /**
     * The offset of the next page, or null on the last one. With a numeric total the total decides; without one a
     * page shorter than the limit is the last.
     */
    public Integer nextOffset() {
        if (items.isEmpty()) {
            return null;
        }
        int next = offset + items.size();
        boolean more = total != null ? next < total : items.size() >= limit;
        return more ? next : null;
    }
}
