package dev.aivoice.camel.compliance;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Numbers that must never be called, consulted before every call-placing request ({@code doNotCallList=#bean}).
 * Shipped: {@link FileDoNotCallList} (a file, held in memory) and {@link JdbcDoNotCallList} (a table). Implementations
 * must be thread-safe.
 */
public interface DoNotCallList {

    /** Whether this E.164 number ({@code +14155550199}) is on the list. */
    boolean contains(String e164);

    /**
     * The numbers of a batch that are on the list (a campaign checks its rows a batch at a time). The default asks
     * {@link #contains(String)} per number; a remote list should answer a batch in one round trip.
     */
    default Set<String> listed(Collection<String> e164Numbers) {
        Set<String> listed = new HashSet<>();
        for (String number : e164Numbers) {
            if (contains(number)) {
                listed.add(number);
            }
        }
        return listed;
    }
}
